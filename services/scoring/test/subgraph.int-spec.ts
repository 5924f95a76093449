/**
 * Integration: the scoring subgraph as it runs, on real PostgreSQL and
 * Kafka. Events published to the platform topics reach the ledger through
 * the kit's consumer, and the GraphQL API returns data of the
 * caller's organization only.
 */
import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { Kafka, logLevel } from 'kafkajs';
import {
  type CloudEvent,
  emailHash,
  type EventConsumerOptions,
  type EventHandler,
  type EventHandlers,
  type EventType,
  type Identity,
  type MessageProducer,
  type ServiceRuntime,
  signIdentity,
  startSubgraph,
  topicOf,
  Topics,
} from '@alg/service-kit';
import { AppModule } from '../src/app.module.js';
import { ScoreLedger } from '../src/ledger/score-ledger.js';
import { campaignPoints } from '../src/scores/points.js';
import { dropRuntime, EventBuilder, testRuntime } from './support/events.js';

jest.setTimeout(240_000);

const SECRET = 'development-internal-token-secret';
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const port = 4003 + Number(process.env.ALG_TEST_PORT_OFFSET ?? 100);
const groupPrefix = `alg-scoring-int-${Date.now().toString(36)}`;
const groupId = `${groupPrefix}.scoring.activity`;
const activityTopics = [Topics.campaignsEvents, Topics.trackingEvents];

let runtime: ServiceRuntime;
let app: INestApplication;
let producer: MessageProducer;
const build = new EventBuilder('2026-03-02T15:00:00Z');
const campaignId = randomUUID();
const [ada, bo] = [randomUUID(), randomUUID()];

/**
 * Commits the new consumer group at the end of the topics, so the test
 * reads only the events it publishes and not the history other runs left.
 */
async function startGroupAtEnd(): Promise<void> {
  const admin = new Kafka({ clientId: 'scoring-int-admin', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    for (const topic of activityTopics) {
      const ends = await admin.fetchTopicOffsets(topic);
      await admin.setOffsets({ groupId, topic, partitions: ends.map((end) => ({ partition: end.partition, offset: end.high })) });
    }
  } finally {
    await admin.disconnect();
  }
}

async function deleteGroup(): Promise<void> {
  const admin = new Kafka({ clientId: 'scoring-int-admin', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    await admin.deleteGroups([groupId]);
  } catch {
    // The group may still be shutting down; it expires with the broker's offset retention.
  } finally {
    await admin.disconnect();
  }
}

/**
 * Skips events of other organizations. The broker is shared with other
 * test runs and stacks, and the consumer reads their new events too.
 */
type LedgerConsumer = Pick<EventConsumerOptions, 'handlers' | 'applyBatch'>;

function ownEventsOnly(options: LedgerConsumer): LedgerConsumer {
  const filtered: Record<string, EventHandler<EventType>> = {};
  for (const [type, handler] of Object.entries(options.handlers) as [string, EventHandler<EventType>][]) {
    filtered[type] = async (em, event, log) => {
      if (event.organizationid === build.organizationId) await handler(em, event, log);
    };
  }
  const applyBatch = options.applyBatch!;

  return {
    handlers: filtered as EventHandlers,
    applyBatch: async (em, events, log) => {
      const own = events.filter((event) => event.organizationid === build.organizationId);
      if (own.length > 0) await applyBatch(em, own, log);
    },
  };
}

async function publish(events: CloudEvent[]): Promise<void> {
  for (const event of events) {
    const data = event.data as { participantId?: string; advocateId?: string; campaignId?: string };
    await producer.send(topicOf(event.type as never), [
      { key: data.participantId ?? data.advocateId ?? data.campaignId ?? event.organizationid, value: JSON.stringify(event) },
    ]);
  }
}

async function graphql<T>(query: string, variables: Record<string, unknown> = {}, organizationId = build.organizationId, role = 'admin') {
  const token = await signIdentity({ sub: 'api_key:test', kind: 'api_key', org: organizationId, role: role as 'admin', scopes: ['read', 'write'], partnerId: null }, SECRET);
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-alg-identity': token },
    body: JSON.stringify({ query, variables }),
  });

  return (await response.json()) as { data: T; errors?: { message: string; extensions: { code: string } }[] };
}

const LEADERBOARD = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Campaign { leaderboard(first: 10) { rank points shares potentialReach uniqueClicks conversions cursor participant { id } } }
  }
}`;

async function campaignBoard(organizationId = build.organizationId) {
  const result = await graphql<{ _entities: { leaderboard: { rank: number; points: number; uniqueClicks: number; participant: { id: string } }[] }[] }>(
    LEADERBOARD,
    { representations: [{ __typename: 'Campaign', id: campaignId }] },
    organizationId,
  );

  if (!result.data?._entities?.[0]) throw new Error(`leaderboard query failed: ${JSON.stringify(result.errors)}`);

  return result.data._entities[0].leaderboard;
}

async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 150_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  runtime = await testRuntime('subgraph');
  await startGroupAtEnd();
  await runtime.connect(brokers, [{ name: 'activity', topics: activityTopics, ...ownEventsOnly(new ScoreLedger(runtime.outbox).consumerOptions()) }], groupPrefix);
  producer = await runtime.kafka!.createProducer();
  app = await startSubgraph(AppModule.forRoot(runtime), {
    name: 'scoring',
    version: 'test',
    host: '127.0.0.1',
    port,
    internalTokenSecret: SECRET,
    logger: runtime.logger,
    onShutdown: async () => undefined,
  });
  await publish([
    build.organization(),
    build.campaign('campaign.launched', campaignId),
    build.participant(ada),
    build.participant(bo),
    build.invitation(campaignId, ada),
    build.invitation(campaignId, bo),
    build.share(campaignId, ada, 'linkedin', 300),
    build.share(campaignId, bo, 'x', 40),
    build.click(campaignId, ada, 'visitor-1'),
    build.click(campaignId, ada, 'visitor-1', 'human', true, 'x'),
    build.click(campaignId, ada, 'visitor-2', 'preview', false),
    build.click(campaignId, bo, 'visitor-3', 'self', false),
    build.conversion(campaignId, ada, { kind: 'registration' }),
  ]);
  await until('the leaderboard to count the conversion', () => campaignBoard(), (board) => board.length === 2 && board[0]!.points >= 40);
});

afterAll(async () => {
  await app?.close();
  await producer?.disconnect();
  await dropRuntime(runtime);
  await deleteGroup();
});

describe('scoring subgraph', () => {
  it('ranks the campaign from Kafka events', async () => {
    const board = await campaignBoard();
    expect(board.map((entry) => entry.participant.id)).toEqual([ada, bo]);
    expect(board[0]).toMatchObject({ rank: 1, uniqueClicks: 1, points: campaignPoints({ networkSizes: [300], uniqueClicks: 1, conversions: { registration: 1 } }) });
    expect(board[1]).toMatchObject({ rank: 2, uniqueClicks: 0, points: campaignPoints({ networkSizes: [40], uniqueClicks: 0, conversions: {} }) });
  });

  it('explains the score by components', async () => {
    const result = await graphql<{ _entities: { score: { score: number; components: { component: string; contribution: number }[]; level: { name: string }; badges: { code: string }[]; ignored: { previews: number; burstClicks: number } } }[] }>(
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Participant {
        score { score components { component contribution } level { name } badges { code } ignored { previews burstClicks } }
      } } }`,
      { representations: [{ __typename: 'Participant', id: ada }] },
    );
    const score = result.data._entities[0]!.score;
    expect(score.score).toBe(100);
    expect(score.components.map((item) => item.component)).toEqual(['ACTIVITY', 'REACH', 'IMPACT', 'CONSISTENCY']);
    expect(Math.round(score.components.reduce((sum, item) => sum + item.contribution, 0))).toBe(100);
    expect(score.level.name).toBe('Newcomer');
    expect(score.badges.map((badge) => badge.code)).toEqual(['first_share', 'first_conversion']);
    expect(score.ignored).toEqual({ previews: 1, burstClicks: 1 });
  });

  it('exports the leaderboard as CSV', async () => {
    const result = await graphql<{ leaderboardCsv: string }>(`{ leaderboardCsv(period: WEEK, periodContaining: "2026-03-04T12:00:00Z") }`);
    const lines = result.data.leaderboardCsv.trim().split('\r\n');
    expect(lines[0]).toBe('rank,participant_id,points,shares,potential_reach,unique_clicks,conversions,points_reached_at');
    expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual([ada, bo]);
  });

  it('answers the planning queries', async () => {
    const result = await graphql<Record<string, unknown>>(
      `query($input: ActivationTargetsInput!, $representations: [_Any!]!) {
        activationTargets(input: $input) { eligible candidates { rank participant { id } reasons } excluded { reason } }
        _entities(representations: $representations) { ... on Campaign { forecast { population invitees metrics { metric expected low high } } forecastVersusActual { comparisons { metric actual } } } }
        forecastBacktest { summary { metric campaigns coverage } }
        compounding(period: MONTH) { timeZone periods { advocatePool } campaigns { leads costPerLead } }
        lineageGraph(first: 10) { nodes { participant { id } generation } truncated }
        maturityLevel { level name missing { code } }
        pointsConfig { sharePoints levels { name minPoints } updatedAt }
      }`,
      { input: { ecosystemId: build.ecosystemId, interactionKind: 'EVENT' }, representations: [{ __typename: 'Campaign', id: campaignId }] },
    );
    expect(result.errors).toBeUndefined();
    const data = result.data as {
      activationTargets: { eligible: number; candidates: { participant: { id: string }; reasons: string[] }[] };
      _entities: { forecast: { population: string; invitees: number }; forecastVersusActual: { comparisons: { metric: string; actual: number }[] } }[];
      maturityLevel: { level: number; name: string };
      pointsConfig: { sharePoints: number; updatedAt: string | null };
    };
    expect(data.activationTargets.eligible).toBe(2);
    expect(data.activationTargets.candidates[0]!.participant.id).toBe(ada);
    expect(data._entities[0]!.forecast).toMatchObject({ population: 'INVITED', invitees: 2 });
    expect(data._entities[0]!.forecastVersusActual.comparisons).toContainEqual({ metric: 'ACTIVATIONS', actual: 2 });
    expect(data.maturityLevel).toEqual({ level: 1, name: 'Campaign by campaign', missing: expect.any(Array) });
    expect(data.pointsConfig).toMatchObject({ sharePoints: 10, updatedAt: null });
  });

  it('rejects a points change by a viewer', async () => {
    const result = await graphql(
      `mutation { updatePointsConfig(input: { sharePoints: 1, reachPointsPerDecade: 1, clickPoints: 1,
        conversionPoints: { registration: 1, lead: 1, demoRequest: 1, attendance: 1, pipeline: 1 },
        levels: [{ name: "A", minPoints: 0 }, { name: "B", minPoints: 10 }] }) { sharePoints } }`,
      {},
      build.organizationId,
      'viewer',
    );
    expect(result.errors![0]!.extensions.code).toBe('FORBIDDEN');
  });

  it('rejects invalid points naming the field', async () => {
    const result = await graphql(
      `mutation { updatePointsConfig(input: { sharePoints: 1, reachPointsPerDecade: 1, clickPoints: 1,
        conversionPoints: { registration: 1, lead: 1, demoRequest: 1, attendance: 1, pipeline: 1 },
        levels: [{ name: "A", minPoints: 5 }, { name: "B", minPoints: 10 }] }) { sharePoints } }`,
    );
    expect(result.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('levels[0].minPoints') });
  });

  it('shows nothing to another organization', async () => {
    const other = randomUUID();
    expect(await campaignBoard(other)).toEqual([]);
    const result = await graphql<{ leaderboard: unknown[]; _entities: { score: unknown }[] }>(
      `query($representations: [_Any!]!) { leaderboard(first: 50) { rank } _entities(representations: $representations) { ... on Participant { score { score } } } }`,
      { representations: [{ __typename: 'Participant', id: ada }] },
      other,
    );
    expect(result.data.leaderboard).toEqual([]);
    expect(result.data._entities[0]!.score).toBeNull();
  });
});

const SCORING_SECTION = `scoring {
  score { score points level { name } badges { code } }
  campaignScores { campaignId points shares networks potentialReach uniqueClicks conversions pointsReachedAt }
  shareCredits { campaignId network shares networkSize firstSharedAt }
  clickCredits { campaignId visitors clicks firstClickedAt }
  ignoredClicks { campaignId reason clicks }
  conversionCredits { conversionId campaignId kind value credited selfReferral convertedAt }
  conversionsMade { conversionId campaignId kind }
}`;

interface ScoringSection {
  score: { score: number; points: number; level: { name: string }; badges: { code: string }[] } | null;
  campaignScores: { campaignId: string; points: number; shares: number; uniqueClicks: number; conversions: number }[];
  shareCredits: { campaignId: string; network: string; shares: number; networkSize: number }[];
  clickCredits: { campaignId: string; visitors: number; clicks: number }[];
  ignoredClicks: { campaignId: string; reason: string; clicks: number }[];
  conversionCredits: { campaignId: string; kind: string; credited: boolean }[];
  conversionsMade: { campaignId: string; kind: string }[];
}

async function exportAs(identity: Identity, participantId: string, hash = emailHash(`${participantId}@example.com`)) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-alg-identity': await signIdentity(identity, SECRET) },
    body: JSON.stringify({
      query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on ParticipantExport { ${SCORING_SECTION} } } }`,
      variables: { r: [{ __typename: 'ParticipantExport', participantId, emailHash: hash }] },
    }),
  });
  const body = (await response.json()) as { data?: { _entities: { scoring: ScoringSection }[] }; errors?: { message: string; extensions: { code: string } }[] };

  return { section: body.data?._entities?.[0]?.scoring ?? null, errors: body.errors ?? [] };
}

const adminOf = (organizationId: string): Identity => ({
  sub: 'api_key:test',
  kind: 'api_key',
  org: organizationId,
  role: 'admin',
  scopes: ['read', 'write'],
  partnerId: null,
});

describe('scoring export', () => {
  it('returns the score and the credits', async () => {
    const { section, errors } = await exportAs(adminOf(build.organizationId), ada);
    expect(errors).toEqual([]);
    expect(section!.score).toMatchObject({ score: 100, level: { name: 'Newcomer' } });
    expect(section!.score!.badges.map((badge) => badge.code)).toEqual(['first_share', 'first_conversion']);
    expect(section!.campaignScores).toMatchObject([{ campaignId, shares: 1, uniqueClicks: 1, conversions: 1 }]);
    expect(section!.campaignScores[0]!.points).toBe(section!.score!.points);
    expect(section!.shareCredits).toMatchObject([{ campaignId, network: 'LINKEDIN', shares: 1, networkSize: 300 }]);
    expect(section!.clickCredits).toMatchObject([{ campaignId, visitors: 1, clicks: 2 }]);
    expect(section!.ignoredClicks).toEqual([{ campaignId, reason: 'PREVIEW', clicks: 1 }]);
    expect(section!.conversionCredits).toMatchObject([{ campaignId, kind: 'REGISTRATION', credited: true }]);
    expect(section!.conversionsMade).toEqual([]);
  });

  it('answers admins only', async () => {
    const identities: Identity[] = [
      { ...adminOf(build.organizationId), role: 'viewer' },
      { ...adminOf(build.organizationId), role: 'editor' },
      { ...adminOf(build.organizationId), scopes: ['conversions'] },
      { ...adminOf(build.organizationId), kind: 'partner', role: 'viewer', scopes: ['read'], partnerId: 'Acme' },
      { ...adminOf(build.organizationId), kind: 'operator', org: null, role: 'operator' },
    ];
    for (const identity of identities) {
      const { section, errors } = await exportAs(identity, ada);
      expect(section).toBeNull();
      expect(errors.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
    }
  });

  it('returns nothing to another organization', async () => {
    const { section } = await exportAs(adminOf(randomUUID()), ada);
    expect(section).toEqual({
      score: null,
      campaignScores: [],
      shareCredits: [],
      clickCredits: [],
      ignoredClicks: [],
      conversionCredits: [],
      conversionsMade: [],
    });
  });

  it('rejects a malformed e-mail hash', async () => {
    const { errors } = await exportAs(adminOf(build.organizationId), ada, 'ABC');
    expect(errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('"ABC"') });
  });
});

describe('erasure in scoring', () => {
  const otherCampaign = randomUUID();
  const [cy, dee] = [randomUUID(), randomUUID()];

  beforeAll(async () => {
    await publish([
      build.campaign('campaign.launched', otherCampaign),
      build.participant(cy),
      build.participant(dee, { origin: 'conversion', sourceCampaignId: otherCampaign, sourceAdvocateId: cy }),
      build.invitation(otherCampaign, cy),
      build.share(otherCampaign, cy, 'linkedin', 120),
      build.click(otherCampaign, cy, 'visitor-9'),
      build.click(otherCampaign, cy, 'visitor-8', 'self', false),
      build.conversion(otherCampaign, cy, { kind: 'registration', email: `${dee}@example.com` }),
      build.conversion(otherCampaign, ada, { kind: 'lead', email: `${dee}@example.com` }),
    ]);
    await until('the conversions', async () => (await exportAs(adminOf(build.organizationId), dee)).section, (section) => section?.conversionsMade.length === 2);
  });

  it('exports conversions a person made', async () => {
    const { section } = await exportAs(adminOf(build.organizationId), dee);
    expect(section!.conversionsMade.map((conversion) => conversion.kind).sort()).toEqual(['LEAD', 'REGISTRATION']);
  });

  it('removes the advocate and unlinks the converter', async () => {
    const before = await campaignBoard();
    await publish([build.erased(cy, emailHash(`${cy}@example.com`)), build.erased(dee, emailHash(`${dee}@example.com`))]);
    const count = async (sql: string, params: unknown[]) => Number((await runtime.em().execute<{ count: string }[]>(sql, params))[0]!.count);
    await until('both erasures', () => count(`select count(*) from erased_participant where participant_id in (?, ?)`, [cy, dee]), (value) => value === 2);
    for (const table of ['participant_profile', 'participant_ecosystem', 'invitation', 'share_credit', 'click_credit', 'click_ignored', 'advocate_campaign_stats', 'advocate_score']) {
      expect({ table, rows: await count(`select count(*) from ${table} where participant_id in (?, ?)`, [cy, dee]) }).toEqual({ table, rows: 0 });
    }
    expect(await count(`select count(*) from conversion_credit where advocate_id = ?`, [cy])).toBe(0);
    expect(await count(`select count(*) from conversion_credit where person_hash = ?`, [emailHash(`${dee}@example.com`)])).toBe(0);
    expect(await count(`select count(*) from conversion_credit where advocate_id = ? and kind = 'lead' and person_hash is null`, [ada])).toBe(1);
    expect(await campaignBoard()).toEqual(before);
  });

  it('leaves nothing to export', async () => {
    for (const participantId of [cy, dee]) {
      const { section } = await exportAs(adminOf(build.organizationId), participantId);
      expect(section).toMatchObject({ score: null, campaignScores: [], shareCredits: [], clickCredits: [], conversionCredits: [], conversionsMade: [] });
    }
  });
});
