import { DomainError } from '@alg/service-kit';
import type { CampaignStatus } from './campaign.entity.js';
import { assertEditable, assertSchedulable, assertTransition } from './campaign-lifecycle.js';

const moves: [CampaignStatus, CampaignStatus, boolean][] = [
  ['draft', 'scheduled', true],
  ['draft', 'live', true],
  ['draft', 'ended', false],
  ['scheduled', 'live', true],
  ['scheduled', 'draft', true],
  ['scheduled', 'ended', false],
  ['live', 'ended', true],
  ['live', 'draft', false],
  ['live', 'scheduled', false],
  ['ended', 'live', false],
  ['ended', 'draft', false],
];

describe('assertTransition', () => {
  it.each(moves)('moves %s to %s: %s', (from, to, allowed) => {
    const attempt = () => assertTransition({ id: 'c1', status: from }, to);
    if (allowed) expect(attempt).not.toThrow();
    else expect(attempt).toThrow(DomainError);
  });

  it('names the allowed moves', () => {
    expect(() => assertTransition({ id: 'c1', status: 'live' }, 'draft')).toThrow('allowed: ENDED');
  });
});

describe('assertSchedulable', () => {
  const now = new Date('2026-06-01T00:00:00Z');

  it('needs a start', () => {
    expect(() => assertSchedulable({ id: 'c1', startsAt: null }, now)).toThrow('startsAt');
  });

  it('needs a future start', () => {
    expect(() => assertSchedulable({ id: 'c1', startsAt: new Date('2026-05-31T00:00:00Z') }, now)).toThrow('future');
  });

  it('accepts a future start', () => {
    expect(() => assertSchedulable({ id: 'c1', startsAt: new Date('2026-06-02T00:00:00Z') }, now)).not.toThrow();
  });
});

describe('assertEditable', () => {
  it('allows everything in drafts', () => {
    expect(() => assertEditable({ id: 'c1', status: 'draft' }, ['outcome', 'ecosystemId'])).not.toThrow();
  });

  it('fixes the cell when live', () => {
    expect(() => assertEditable({ id: 'c1', status: 'live' }, ['name', 'ecosystemId'])).toThrow('ecosystemId can no longer change');
  });

  it('keeps cost editable when ended', () => {
    expect(() => assertEditable({ id: 'c1', status: 'ended' }, ['cost', 'currency'])).not.toThrow();
  });
});
