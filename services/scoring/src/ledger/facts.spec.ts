import { FactSet, type ShareFact } from './facts.js';

const share = (overrides: Partial<ShareFact>): ShareFact => ({
  organizationId: 'o',
  campaignId: 'c',
  participantId: 'p',
  network: 'linkedin',
  shares: 1,
  networkSize: 100,
  firstSharedAt: '2026-03-01T10:00:00.000Z',
  sizeReachedAt: '2026-03-01T10:00:00.000Z',
  ...overrides,
});

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];

  return items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}

describe('FactSet merge', () => {
  const shares = [
    share({ networkSize: 300, firstSharedAt: '2026-03-02T00:00:00.000Z', sizeReachedAt: '2026-03-02T00:00:00.000Z' }),
    share({ networkSize: 500, firstSharedAt: '2026-03-04T00:00:00.000Z', sizeReachedAt: '2026-03-04T00:00:00.000Z' }),
    share({ networkSize: 500, firstSharedAt: '2026-03-03T00:00:00.000Z', sizeReachedAt: '2026-03-03T00:00:00.000Z' }),
    share({ networkSize: 200, firstSharedAt: '2026-03-01T00:00:00.000Z', sizeReachedAt: '2026-03-01T00:00:00.000Z' }),
  ];

  it('merges shares in any order alike', () => {
    const results = permutations(shares).map((order) => {
      const facts = new FactSet();
      for (const fact of order) facts.addShare(fact);

      return JSON.stringify([...facts.shares.values()]);
    });
    expect(new Set(results).size).toBe(1);
  });

  it('keeps earliest time of largest audience', () => {
    const facts = new FactSet();
    for (const fact of shares) facts.addShare(fact);
    const merged = [...facts.shares.values()][0]!;
    expect(merged.shares).toBe(4);
    expect(merged.networkSize).toBe(500);
    expect(merged.sizeReachedAt).toBe('2026-03-03T00:00:00.000Z');
    expect(merged.firstSharedAt).toBe('2026-03-01T00:00:00.000Z');
  });

  it('keeps latest consent by time', () => {
    const facts = new FactSet();
    const base = { participantId: 'p', organizationId: 'o', partnerSharing: false };
    facts.addConsent({ ...base, contact: false, changedAt: '2026-03-02T00:00:00.000Z', eventId: 'b' });
    facts.addConsent({ ...base, contact: true, changedAt: '2026-03-01T00:00:00.000Z', eventId: 'c' });
    expect(facts.consents.get('p')!.contact).toBe(false);
  });

  it('keeps latest campaign snapshot', () => {
    const facts = new FactSet();
    const base = {
      campaignId: 'c', organizationId: 'o', ecosystemId: 'e', ecosystemKind: 'k', interactionId: 'i', interactionKind: 'event',
      outcome: 'x', costMinor: 0, currency: 'USD', currencyExponent: 2, timeZone: 'UTC', registrantEcosystemId: null,
    };
    facts.addCampaign({ ...base, status: 'ended', snapshotAt: '2026-03-05T00:00:00.000Z', snapshotEventId: 'b', createdAt: '2026-03-05T00:00:00.000Z', launchedAt: null, endedAt: '2026-03-05T00:00:00.000Z' });
    facts.addCampaign({ ...base, status: 'live', snapshotAt: '2026-03-02T00:00:00.000Z', snapshotEventId: 'a', createdAt: '2026-03-02T00:00:00.000Z', launchedAt: '2026-03-02T00:00:00.000Z', endedAt: null });
    const merged = facts.campaigns.get('c')!;
    expect(merged.status).toBe('ended');
    expect(merged.launchedAt).toBe('2026-03-02T00:00:00.000Z');
    expect(merged.createdAt).toBe('2026-03-02T00:00:00.000Z');
  });

  it('keeps latest membership state', () => {
    const base = { participantId: 'p', ecosystemId: 'e', organizationId: 'o' };
    const join = { ...base, joinedAt: '2026-03-01T00:00:00.000Z', active: true, changedAt: '2026-03-01T00:00:00.000Z', eventId: 'a' };
    const leave = { ...base, joinedAt: null, active: false, changedAt: '2026-03-05T00:00:00.000Z', eventId: 'b' };
    for (const order of [[join, leave], [leave, join]]) {
      const facts = new FactSet();
      for (const fact of order) facts.addMembership(fact);
      expect(facts.memberships.get('p|e')).toEqual({ ...base, joinedAt: join.joinedAt, active: false, changedAt: leave.changedAt, eventId: 'b' });
    }
  });

  it('adds up clock events', () => {
    const facts = new FactSet();
    facts.addClock({ organizationId: 'o', latestActivityAt: null, events: 1 });
    facts.addClock({ organizationId: 'o', latestActivityAt: '2026-03-01T00:00:00.000Z', events: 1 });
    expect(facts.clocks.get('o')).toEqual({ organizationId: 'o', latestActivityAt: '2026-03-01T00:00:00.000Z', events: 2 });
  });

  it('keeps earliest erasure and any e-mail hash', () => {
    const erasures = [
      { participantId: 'p', organizationId: 'o', erasedAt: '2026-03-01T00:00:00.000Z', emailHash: null },
      { participantId: 'p', organizationId: 'o', erasedAt: '2026-03-02T00:00:00.000Z', emailHash: 'a'.repeat(64) },
    ];
    for (const order of permutations(erasures)) {
      const facts = new FactSet();
      for (const fact of order) facts.addErasure(fact);
      expect(facts.erasures.get('p')).toEqual({ participantId: 'p', organizationId: 'o', erasedAt: '2026-03-01T00:00:00.000Z', emailHash: 'a'.repeat(64) });
    }
  });
});
