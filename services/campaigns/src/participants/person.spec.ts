import { DomainError } from '@alg/service-kit';
import { cleanProfiles, mergePerson, newPersonState } from './person.js';

const base = newPersonState({ email: 'a@example.com', firstName: 'Ada', profiles: { linkedin: { url: 'https://www.linkedin.com/in/ada', size: 10 } } });

describe('newPersonState', () => {
  it('defaults the consent', () => {
    expect(base).toMatchObject({ consentContact: true, consentPartnerSharing: false, lastName: null });
  });

  it('takes given consent', () => {
    expect(newPersonState({ email: 'a@example.com', consent: { contact: false } }).consentContact).toBe(false);
  });
});

describe('mergePerson', () => {
  it('fills empty fields only', () => {
    const { state, changed } = mergePerson(base, { email: 'a@example.com', firstName: 'Other', lastName: 'Lovelace' });
    expect([state.firstName, state.lastName]).toEqual(['Ada', 'Lovelace']);
    expect(changed).toEqual(['lastName']);
  });

  it('replaces a network size', () => {
    const { state, changed } = mergePerson(base, { email: 'a@example.com', profiles: { linkedin: { size: 25 } } });
    expect(state.profiles.linkedin).toEqual({ url: 'https://www.linkedin.com/in/ada', size: 25 });
    expect(changed).toEqual(['profiles.linkedin']);
  });

  it('changes nothing on a repeat', () => {
    expect(mergePerson(base, { email: 'a@example.com', firstName: 'Ada', profiles: { linkedin: { size: 10 } } }).changed).toEqual([]);
  });

  it('only withdraws consent', () => {
    const withdrawn = mergePerson(base, { email: 'a@example.com', consent: { contact: false, partnerSharing: true } });
    expect(withdrawn.state).toMatchObject({ consentContact: false, consentPartnerSharing: false });
    expect(withdrawn.changed).toEqual(['consent.contact']);
    expect(mergePerson(withdrawn.state, { email: 'a@example.com', consent: { contact: true } }).changed).toEqual([]);
  });

  it('does not share the profiles object', () => {
    mergePerson(base, { email: 'a@example.com', profiles: { x: { size: 3 } } });
    expect(base.profiles.x).toBeUndefined();
  });
});

describe('cleanProfiles', () => {
  it('rejects an unknown network', () => {
    expect(() => cleanProfiles({ myspace: { size: 1 } } as never)).toThrow(DomainError);
  });

  it('drops empty profiles', () => {
    expect(cleanProfiles({ x: { url: '  ', size: null } })).toEqual({});
  });
});
