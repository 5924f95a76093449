/**
 * Integration: the score ledger on real PostgreSQL. Events are applied
 * one transaction each, as the consumer applies them, and the results are
 * compared with a replay of the same events in another order. Credits
 * that must never raise a score are tested one by one.
 */
import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { type CloudEvent, emailHash, type ServiceRuntime } from '@alg/service-kit';
import { ScoreLedger } from '../src/ledger/score-ledger.js';
import { ledgerTables, ScoreReplay } from '../src/ledger/score-replay.js';
import { LeaderboardService } from '../src/leaderboards/leaderboard.service.js';
import { leaderboardCsv } from '../src/leaderboards/leaderboard-csv.js';
import { PointsConfigService } from '../src/points/points-config.service.js';
import { DEFAULT_POINTS_CONFIG } from '../src/points/points-config.js';
import { campaignPoints } from '../src/scores/points.js';
import { ScoreService } from '../src/scores/score.service.js';
import { dropRuntime, EventBuilder, testRuntime } from './support/events.js';

jest.setTimeout(120_000);

let runtime: ServiceRuntime;
let ledger: ScoreLedger;

beforeAll(async () => {
  runtime = await testRuntime('ledger');
  ledger = new ScoreLedger(runtime.outbox);
});

afterAll(async () => {
  await dropRuntime(runtime);
});

async function apply(...events: CloudEvent[]): Promise<void> {
  for (const event of events) await runtime.transactional((em) => ledger.apply(em, [event]));
}

async function pointsOf(target: ServiceRuntime, organizationId: string, participantId: string): Promise<number | null> {
  const found = await new ScoreService(target).scoreOf(organizationId, participantId);

  return found ? found.advocate.totals.pointsMicro : null;
}

async function digests(target: ServiceRuntime): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of ledgerTables) {
    const [row] = await target.em().execute<{ digest: string | null }[]>(
      `select md5(string_agg(t::text, '|' order by t::text)) as digest from ${table} t`,
    );
    result[table] = row!.digest ?? 'empty';
  }

  return result;
}

/** Deterministic shuffle, so a failure can be reproduced. */
function shuffled<T>(items: T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let index = copy.length - 1; index > 0; index--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const other = state % (index + 1);
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }

  return copy;
}

/** Builds a campaign with four participants and every kind of activity. */
function scenario(build: EventBuilder) {
  const campaignId = randomUUID();
  const [ada, bo, cy, dee] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const events = [
    build.organization(),
    build.campaign('campaign.created', campaignId),
    build.campaign('campaign.launched', campaignId),
    ...[ada, bo, cy, dee].map((id) => build.participant(id)),
    ...[ada, bo, cy, dee].map((id) => build.invitation(campaignId, id)),
    build.share(campaignId, ada, 'linkedin', 300),
    build.share(campaignId, ada, 'x', 200),
    build.share(campaignId, ada, 'linkedin', 800),
    build.share(campaignId, bo, 'linkedin', 1000),
    build.share(campaignId, cy, 'x', 50),
    build.click(campaignId, ada, 'v1'),
    build.click(campaignId, ada, 'v1', 'human', true, 'x'),
    build.click(campaignId, ada, 'v2'),
    build.click(campaignId, ada, 'v3', 'preview', false),
    build.click(campaignId, bo, 'v4'),
    build.click(campaignId, bo, 'v4', 'human', false),
    build.click(campaignId, cy, 'v5', 'self', false),
    build.conversion(campaignId, ada, { kind: 'registration', email: 'reg@example.org' }),
    build.conversion(campaignId, ada, { kind: 'pipeline', email: 'reg@example.org', valueMinor: 5_000_00 }),
    build.conversion(campaignId, bo, { kind: 'lead', selfReferral: true, credited: false }),
    build.consent(dee, false),
    build.participant(randomUUID(), { origin: 'conversion', sourceCampaignId: campaignId, sourceAdvocateId: ada, ecosystemIds: [] }),
    build.campaign('campaign.ended', campaignId),
  ];

  return { campaignId, ada, bo, cy, dee, events };
}

describe('replay', () => {
  it('stores the same rows as incremental updates', async () => {
    const build = new EventBuilder();
    const { events, organizationId } = { ...scenario(build), organizationId: build.organizationId };
    const incremental = await testRuntime('incremental');
    const replayed = await testRuntime('replayed');
    try {
      const stepLedger = new ScoreLedger(null);
      for (const event of events) await incremental.transactional((em) => stepLedger.apply(em, [event]));
      const replayer = new ScoreReplay(replayed.orm);
      const order = shuffled(events, 7);
      for (let index = 0; index < order.length; index += 5) await replayer.apply(order.slice(index, index + 5));

      expect(await digests(replayed)).toEqual(await digests(incremental));
      const scores = async (target: ServiceRuntime) =>
        JSON.stringify((await new ScoreService(target).snapshot(organizationId)).scores.byScore.map((item) => [item.totals.participantId, item.score]));
      expect(await scores(replayed)).toBe(await scores(incremental));
    } finally {
      await dropRuntime(incremental);
      await dropRuntime(replayed);
    }
  });

  it('skips events applied before', async () => {
    const build = new EventBuilder();
    const { events, ada } = scenario(build);
    const target = await testRuntime('duplicates');
    try {
      const replayer = new ScoreReplay(target.orm);
      await replayer.apply(events);
      const before = await pointsOf(target, build.organizationId, ada);
      const again = await replayer.apply(events);
      expect(again.duplicates).toBe(events.length);
      expect(await pointsOf(target, build.organizationId, ada)).toBe(before);
    } finally {
      await dropRuntime(target);
    }
  });
});

describe('credited activity', () => {
  const build = new EventBuilder();
  const setup = scenario(build);

  beforeAll(async () => {
    await apply(...setup.events);
  });

  it('computes campaign points from raw activity', async () => {
    const [entry] = await new LeaderboardService(runtime).page(
      { organizationId: build.organizationId, scope: { kind: 'campaign', campaignId: setup.campaignId }, period: 'all_time' },
      1,
    );
    const expected = campaignPoints({ networkSizes: [800, 200], uniqueClicks: 2, conversions: { registration: 1, pipeline: 1 } });
    expect(entry!.participantId).toBe(setup.ada);
    expect(entry!.points).toBe(expected);
    expect(entry!.shares).toBe(3);
    expect(entry!.uniqueClicks).toBe(2);
    expect(entry!.potentialReach).toBe(1000);
  });

  it('ignores self-clicks', async () => {
    const before = await pointsOf(runtime, build.organizationId, setup.cy);
    await apply(build.click(setup.campaignId, setup.cy, 'v6', 'self', false));
    expect(await pointsOf(runtime, build.organizationId, setup.cy)).toBe(before);
    expect((await new ScoreService(runtime).ignoredActivity(build.organizationId, setup.cy)).selfClicks).toBe(2);
  });

  it('ignores previews and bots', async () => {
    const before = await pointsOf(runtime, build.organizationId, setup.cy);
    await apply(build.click(setup.campaignId, setup.cy, 'v7', 'preview', false), build.click(setup.campaignId, setup.cy, 'v8', 'bot', false));
    expect(await pointsOf(runtime, build.organizationId, setup.cy)).toBe(before);
    const ignored = await new ScoreService(runtime).ignoredActivity(build.organizationId, setup.cy);
    expect(ignored.previews).toBe(1);
    expect(ignored.bots).toBe(1);
  });

  it('credits a burst from one visitor once', async () => {
    const before = await pointsOf(runtime, build.organizationId, setup.cy);
    const burst = Array.from({ length: 5 }, (_, index) =>
      build.click(setup.campaignId, setup.cy, 'burst', 'human', true, index % 2 === 0 ? 'linkedin' : 'x'),
    );
    await apply(...burst);
    expect(await pointsOf(runtime, build.organizationId, setup.cy)).toBe(before! + DEFAULT_POINTS_CONFIG.clickPoints * 1_000_000);
    expect((await new ScoreService(runtime).ignoredActivity(build.organizationId, setup.cy)).burstClicks).toBe(4);
  });

  it('ignores repeat human clicks', async () => {
    const before = await pointsOf(runtime, build.organizationId, setup.cy);
    await apply(build.click(setup.campaignId, setup.cy, 'burst', 'human', false));
    expect(await pointsOf(runtime, build.organizationId, setup.cy)).toBe(before);
  });

  it('ignores self-referrals', async () => {
    const before = await pointsOf(runtime, build.organizationId, setup.cy);
    await apply(build.conversion(setup.campaignId, setup.cy, { kind: 'demo_request', selfReferral: true, credited: true }));
    expect(await pointsOf(runtime, build.organizationId, setup.cy)).toBe(before);
    expect((await new ScoreService(runtime).ignoredActivity(build.organizationId, setup.cy)).selfReferrals).toBe(1);
  });

  it('ignores conversions without credit', async () => {
    const before = await pointsOf(runtime, build.organizationId, setup.cy);
    await apply(build.conversion(setup.campaignId, setup.cy, { kind: 'pipeline', credited: false }));
    expect(await pointsOf(runtime, build.organizationId, setup.cy)).toBe(before);
  });

  it('announces changed points', async () => {
    const rows = await runtime.em().execute<{ type: string }[]>(
      `select event->>'type' as type from outbox_message where event->>'organizationid' = ?`,
      [build.organizationId],
    );
    expect(rows.filter((row) => row.type === 'score.changed').length).toBeGreaterThan(0);
    expect(rows.some((row) => row.type === 'advocate.level-reached')).toBe(true);
  });
});

describe('erasure', () => {
  it('removes the participant and wins over later activity', async () => {
    const build = new EventBuilder();
    const setup = scenario(build);
    await apply(...setup.events, build.erased(setup.ada));
    expect(await pointsOf(runtime, build.organizationId, setup.ada)).toBeNull();
    await apply(build.share(setup.campaignId, setup.ada, 'facebook', 10), build.click(setup.campaignId, setup.ada, 'late'));
    expect(await pointsOf(runtime, build.organizationId, setup.ada)).toBeNull();
    for (const table of ['participant_profile', 'invitation', 'share_credit', 'click_credit', 'advocate_campaign_stats', 'advocate_score']) {
      const rows = await runtime.em().execute(`select 1 from ${table} where participant_id = ?`, [setup.ada]);
      expect({ table, rows: rows.length }).toEqual({ table, rows: 0 });
    }
    expect(await pointsOf(runtime, build.organizationId, setup.bo)).not.toBeNull();
  });

  it('unlinks conversions of an erased person', async () => {
    const build = new EventBuilder();
    const campaignId = randomUUID();
    const [advocate, person] = [randomUUID(), randomUUID()];
    const email = `${person}@example.com`;
    await apply(
      build.campaign('campaign.launched', campaignId),
      build.participant(advocate),
      build.participant(person),
      build.share(campaignId, advocate, 'linkedin', 100),
      build.conversion(campaignId, advocate, { email }),
      build.erased(person),
      build.conversion(campaignId, advocate, { email, kind: 'pipeline' }),
    );
    const rows = await runtime.em().execute<{ person_hash: string | null }[]>(
      `select person_hash from conversion_credit where advocate_id = ?`,
      [advocate],
    );
    expect(rows.map((row) => row.person_hash)).toEqual([null, null]);
    expect(await pointsOf(runtime, build.organizationId, advocate)).toBe(80_000_000 + Math.round(5_000_000 * Math.log10(101)));
  });

  it('unlinks conversions by the hash in the event', async () => {
    const build = new EventBuilder();
    const campaignId = randomUUID();
    const [advocate, person] = [randomUUID(), randomUUID()];
    const email = `${person}@example.com`;
    // No participant.created for the person: scoring has no profile to take the hash from.
    await apply(
      build.campaign('campaign.launched', campaignId),
      build.participant(advocate),
      build.share(campaignId, advocate, 'linkedin', 100),
      build.conversion(campaignId, advocate, { email }),
      build.erased(person, emailHash(email)),
      build.conversion(campaignId, advocate, { email, kind: 'lead' }),
    );
    const rows = await runtime.em().execute<{ person_hash: string | null }[]>(
      `select person_hash from conversion_credit where advocate_id = ?`,
      [advocate],
    );
    expect(rows.map((row) => row.person_hash)).toEqual([null, null]);
    const tombstones = await runtime.em().execute(`select 1 from erased_person where organization_id = ? and email_hash = ?`, [
      build.organizationId,
      emailHash(email),
    ]);
    expect(tombstones).toHaveLength(1);
  });
});

describe('campaign deletion', () => {
  it('drops the campaign and later snapshots', async () => {
    const build = new EventBuilder();
    const campaignId = randomUUID();
    await apply(build.campaign('campaign.created', campaignId), build.event('campaign.deleted', { campaignId }));
    await new ScoreReplay(runtime.orm).apply([build.campaign('campaign.created', campaignId, { name: 'Arrived late' })]);
    const rows = await runtime.em().execute(`select 1 from campaign_profile where campaign_id = ?`, [campaignId]);
    expect(rows).toHaveLength(0);
  });
});

describe('leaderboards', () => {
  const build = new EventBuilder('2026-03-01T12:00:00Z');
  const campaignId = randomUUID();
  const ids = Array.from({ length: 5 }, () => randomUUID());
  const organizationId = build.organizationId;
  const board = () => new LeaderboardService(runtime);

  beforeAll(async () => {
    await apply(build.organization('America/New_York'), build.campaign('campaign.launched', campaignId));
    // Sunday 23:30 and Monday 00:30 in New York: the week boundary falls between them.
    await apply(build.share(campaignId, ids[0]!, 'linkedin', 0, new Date('2026-03-02T04:30:00Z')));
    await apply(build.share(campaignId, ids[1]!, 'linkedin', 0, new Date('2026-03-02T05:30:00Z')));
    await apply(build.share(campaignId, ids[2]!, 'linkedin', 0, new Date('2026-03-02T06:00:00Z')));
    await apply(build.share(campaignId, ids[3]!, 'linkedin', 99, new Date('2026-03-03T06:00:00Z')));
    await apply(build.share(campaignId, ids[4]!, 'linkedin', 0, new Date('2026-03-02T05:00:00Z')));
  });

  it('ranks ties by who reached first', async () => {
    const entries = await board().page({ organizationId, scope: { kind: 'organization' }, period: 'all_time' }, 10);
    expect(entries.map((entry) => entry.rank)).toEqual([1, 2, 2, 2, 2]);
    expect(entries.map((entry) => entry.participantId)).toEqual([ids[3], ids[0], ids[4], ids[1], ids[2]]);
  });

  it('pages in the same order', async () => {
    const request = { organizationId, scope: { kind: 'campaign' as const, campaignId }, period: 'all_time' as const };
    const all = await board().page(request, 10);
    const paged = [];
    let after: string | undefined;
    for (let page = 0; page < 5; page++) {
      const [entry] = await board().page(request, 1, after);
      paged.push(entry!);
      after = entry!.cursor;
    }
    expect(paged.map((entry) => [entry.rank, entry.participantId])).toEqual(all.map((entry) => [entry.rank, entry.participantId]));
    expect(await board().page(request, 1, after)).toEqual([]);
  });

  it('exports the same order as CSV', async () => {
    const request = { organizationId, scope: { kind: 'organization' as const }, period: 'all_time' as const };
    const csv = leaderboardCsv(await board().all(request));
    const rows = csv.trim().split('\r\n').slice(1).map((line) => line.split(','));
    expect(rows.map((row) => [Number(row[0]), row[1]])).toEqual((await board().page(request, 10)).map((entry) => [entry.rank, entry.participantId]));
  });

  it('starts weeks at local midnight', async () => {
    const week = await board().page(
      { organizationId, scope: { kind: 'organization' }, period: 'week', periodContaining: new Date('2026-03-04T12:00:00Z') },
      10,
    );
    expect(week.map((entry) => entry.participantId).sort()).toEqual([ids[1], ids[2], ids[3], ids[4]].sort());
    const bounds = await board().bounds(runtime.em(), { organizationId, scope: { kind: 'organization' }, period: 'week', periodContaining: new Date('2026-03-04T12:00:00Z') });
    expect(bounds.start!.toISOString()).toBe('2026-03-02T05:00:00.000Z');
    expect(bounds.end!.toISOString()).toBe('2026-03-09T04:00:00.000Z');
  });

  it('keeps period points equal to all-time points', async () => {
    const year = await board().page({ organizationId, scope: { kind: 'organization' }, period: 'year', periodContaining: new Date('2026-06-01T00:00:00Z') }, 10);
    const allTime = await board().page({ organizationId, scope: { kind: 'organization' }, period: 'all_time' }, 10);
    expect(year.map((entry) => [entry.participantId, entry.pointsMicro, entry.rank])).toEqual(
      allTime.map((entry) => [entry.participantId, entry.pointsMicro, entry.rank]),
    );
  });

  it('ranks an ecosystem board', async () => {
    const entries = await board().page({ organizationId, scope: { kind: 'ecosystem', ecosystemId: build.ecosystemId }, period: 'all_time' }, 10);
    expect(entries).toHaveLength(5);
    expect(await board().page({ organizationId, scope: { kind: 'ecosystem', ecosystemId: randomUUID() }, period: 'all_time' }, 10)).toEqual([]);
  });
});

describe('points configuration', () => {
  it('recomputes points in one transaction', async () => {
    const build = new EventBuilder();
    const setup = scenario(build);
    await apply(...setup.events);
    const configs = new PointsConfigService(runtime);
    const current = await configs.get(build.organizationId);
    await configs.update(build.organizationId, { ...current, sharePoints: 100 }, 'test');
    const entries = await new LeaderboardService(runtime).page(
      { organizationId: build.organizationId, scope: { kind: 'campaign', campaignId: setup.campaignId }, period: 'all_time' },
      10,
    );
    const expected = campaignPoints(
      { networkSizes: [1000], uniqueClicks: 1, conversions: {} },
      { ...DEFAULT_POINTS_CONFIG, sharePoints: 100 },
    );
    expect(entries.find((entry) => entry.participantId === setup.bo)!.points).toBe(expected);
    expect(entries[0]!.participantId).toBe(setup.ada);
  });

  it('rejects an invalid configuration and keeps the old one', async () => {
    const build = new EventBuilder();
    const configs = new PointsConfigService(runtime);
    await expect(configs.update(build.organizationId, { ...DEFAULT_POINTS_CONFIG, clickPoints: -2 }, 'test')).rejects.toThrow(
      /Invalid clickPoints -2/,
    );
    expect((await configs.get(build.organizationId)).updatedAt).toBeNull();
  });
});
