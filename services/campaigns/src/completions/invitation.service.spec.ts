import { notInvitedReason } from './invitation.service.js';

const now = new Date('2026-06-15T12:00:00Z');
const live = { status: 'live' as const, invitationWindowDays: 14 };
const person = { consentContact: true, erasedAt: null };

describe('notInvitedReason', () => {
  it('invites inside the window', () => {
    expect(notInvitedReason(live, person, new Date('2026-06-02T12:00:00Z'), now)).toBeNull();
  });

  it('refuses after the window', () => {
    expect(notInvitedReason(live, person, new Date('2026-06-01T11:59:00Z'), now)).toBe('outside_window');
  });

  it('waits for a live campaign', () => {
    expect(notInvitedReason({ ...live, status: 'scheduled' }, person, now, now)).toBe('campaign_not_live');
  });

  it('respects withdrawn contact consent', () => {
    expect(notInvitedReason(live, { ...person, consentContact: false }, now, now)).toBe('no_contact_consent');
  });

  it('never invites an erased person', () => {
    expect(notInvitedReason(live, { consentContact: true, erasedAt: now }, now, now)).toBe('erased');
  });
});
