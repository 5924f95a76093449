/**
 * End-to-end: a participant's data export and erasure across the three
 * services of a stack started from the built services, on real PostgreSQL
 * and Kafka. One advocate gets an invitation, links, a share, clicks, a
 * conversion through their link, one of their own through another link,
 * and a score. After the erasure through the gateway, each service's
 * schema is read directly with SQL.
 *
 * The stack has a database of its own, because the integration suites
 * leave unpublished events in the main test database, and a stack on it
 * would first publish and apply all of them. It uses the ports of the
 * advocacy-loop suite, which Jest runs before or after this one
 * (--runInBand), never beside it.
 */
import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { createLogger, createOrm, emailHash, type MikroORM } from '@alg/service-kit';
import { GraphqlClient, GraphqlError } from '../../scripts/lib/graphql-client.ts';
import { type Stack, startStack } from '../../scripts/lib/stack.ts';

jest.setTimeout(300_000);

const database = `${process.env.ALG_TEST_DATABASE ?? 'alg_test'}_erasure`;
const suffix = randomUUID().slice(0, 8);
const chrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

const people = {
  ada: { email: `ada.${suffix}@example.com`, firstName: `Adelheid${suffix}`, lastName: `Lovelace${suffix}`, company: `Engines ${suffix}` },
  bob: { email: `bob.${suffix}@example.com`, firstName: `Bob${suffix}`, lastName: `Babbage${suffix}`, company: null },
  grace: { email: `grace.${suffix}@example.net`, name: `Grace${suffix} Hopper${suffix}` },
};
const adaProfileUrl = `https://www.linkedin.com/in/ada-${suffix}`;

const EXPORT = `query($id: ID!) {
  participantExport(id: $id) {
    participantId formatVersion exportedAt emailHash
    profile { email firstName lastName company profiles { network url size } }
    consents { purpose granted }
    ecosystemMemberships { ecosystemId }
    completions { id kind }
    invitations { id networks }
    campaigns { id name }
    tracking {
      trackedLinks { code network }
      shares { id network networkSize }
      clicks { linkCode humanClicks uniqueClicks selfClicks previews }
      conversionsCredited { id kind }
      conversionsMade { id kind lastTouchCode }
      browsersSeen { visitorHash }
    }
    scoring {
      score { points level { name } badges { code } }
      campaignScores { campaignId points }
      shareCredits { network shares }
      clickCredits { visitors clicks }
      conversionCredits { kind }
      conversionsMade { kind }
    }
  }
}`;

interface ExportDocument {
  participantId: string;
  formatVersion: number;
  emailHash: string;
  profile: { email: string; firstName: string | null; lastName: string | null; company: string | null; profiles: { url: string | null }[] };
  completions: { kind: string }[];
  invitations: { id: string; networks: string[] }[];
  tracking: {
    trackedLinks: { code: string }[];
    shares: { networkSize: number }[];
    clicks: { linkCode: string; humanClicks: number; uniqueClicks: number; selfClicks: number; previews: number }[];
    conversionsCredited: { kind: string }[];
    conversionsMade: { kind: string; lastTouchCode: string }[];
    browsersSeen: { visitorHash: string }[];
  };
  scoring: {
    score: { points: number } | null;
    campaignScores: { campaignId: string; points: number }[];
    shareCredits: { shares: number }[];
    clickCredits: { visitors: number; clicks: number }[];
    conversionCredits: { kind: string }[];
    conversionsMade: { kind: string }[];
  };
}

const METRICS = `query($id: ID!) {
  campaign(id: $id) {
    metrics { invited activated shares potentialReach clicks uniqueClicks previews selfClicks conversions registrations leads }
    leaderboard(first: 10) { points participant { id } }
  }
}`;

let stack: Stack;
let orm: MikroORM;
let api: GraphqlClient;
let campaignId: string;
let ids: { ada: string; bob: string; grace: string };
let links: { ada: string; bob: string };
let ipCounter = 0;

/** Returns the headers of a new browser: a fresh client address from 203.0.113.0/24 and a user agent naming it. */
function browser() {
  ipCounter++;

  return { 'x-forwarded-for': `203.0.113.${ipCounter}`, 'user-agent': `${chrome} erasure-${suffix}-${ipCounter}` };
}

async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: last value ${JSON.stringify(value)?.slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function sql<T>(query: string, params: unknown[] = []): Promise<T[]> {
  return orm.em.fork().execute<T[]>(query, params);
}

async function visit(code: string, headers: Record<string, string>): Promise<string> {
  const response = await fetch(`${stack.urls.publicTracking}/r/${code}`, { redirect: 'manual', headers });
  expect(response.status).toBe(302);

  return new URL(response.headers.get('location')!).searchParams.get('alg_ref')!;
}

async function convert(ref: string, kind: string, email: string, name: string): Promise<void> {
  const response = await fetch(`${stack.urls.publicTracking}/v1/conversions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...browser() },
    body: JSON.stringify({ ref, kind, email, name }),
  });
  expect(response.status).toBe(201);
}

async function participantId(email: string): Promise<string> {
  const { participants } = await until(
    `participant ${email}`,
    () => api.request<{ participants: { nodes: { id: string }[] } }>(`query($s: String!) { participants(search: $s, first: 2) { nodes { id } } }`, { s: email }),
    (data) => data.participants.nodes.length === 1,
  );

  return participants.nodes[0]!.id;
}

async function exportOf(id: string): Promise<ExportDocument> {
  return (await api.request<{ participantExport: ExportDocument }>(EXPORT, { id })).participantExport;
}

async function invite(person: { email: string; firstName: string; lastName: string; company: string | null }): Promise<string> {
  const { recordCompletion } = await api.request<{ recordCompletion: { invitation: { id: string } } }>(
    `mutation($input: RecordCompletionInput!) { recordCompletion(input: $input) { invitation { id } } }`,
    { input: { campaignId, kind: 'SESSION_ATTENDED', ...person } },
  );
  const { invitation } = await until(
    'the tracked link',
    () => api.request<{ invitation: { trackedLinks: { code: string }[] } }>(`query($id: ID!) { invitation(id: $id) { trackedLinks { code } } }`, { id: recordCompletion.invitation.id }),
    (data) => data.invitation.trackedLinks.length === 1,
  );
  await api.request(`mutation($input: RecordShareInput!) { recordShare(input: $input) { id } }`, {
    input: { invitationId: recordCompletion.invitation.id, network: 'LINKEDIN', networkSize: 500 },
  });

  return invitation.trackedLinks[0]!.code;
}

/** Counts, per table of a schema, the rows that contain the text; tables without one are left out. */
async function rowsContaining(schema: string, needle: string): Promise<Record<string, number>> {
  const tables = await sql<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = ? and table_type = 'BASE TABLE' order by table_name`,
    [schema],
  );
  const hits: Record<string, number> = {};
  for (const { table_name: table } of tables) {
    const [row] = await sql<{ count: string }>(`select count(*) as count from "${schema}"."${table}" t where strpos(lower(t::text), ?) > 0`, [
      needle.toLowerCase(),
    ]);
    if (Number(row!.count) > 0) hits[`${schema}.${table}`] = Number(row!.count);
  }

  return hits;
}

/** Lists, per value, the tables of the three schemas that still contain it. */
async function leftovers(needles: string[]): Promise<Record<string, Record<string, number>>> {
  const found: Record<string, Record<string, number>> = {};
  for (const needle of needles) {
    for (const schema of ['campaigns', 'tracking', 'scoring']) {
      const hits = await rowsContaining(schema, needle);
      if (Object.keys(hits).length > 0) found[needle] = { ...found[needle], ...hits };
    }
  }

  return found;
}

beforeAll(async () => {
  stack = await startStack({
    database,
    portOffset: Number(process.env.ALG_TEST_PORT_OFFSET ?? 100),
    env: { TRUST_PROXY: 'true', LOG_LEVEL: 'warn' },
    log: () => undefined,
  });
  orm = createOrm({
    databaseUrl: `postgres://postgres@127.0.0.1:5432/${database}`,
    schema: 'public',
    entities: [],
    migrations: [],
    logger: createLogger('erasure-e2e', 'silent'),
  });
  const operator = new GraphqlClient(stack.urls.gateway, stack.operatorToken);
  const { createOrganization } = await operator.request<{ createOrganization: { adminKey: { secret: string } } }>(
    `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { adminKey { secret } } }`,
    { input: { name: 'Erasure Org', slug: `erasure-${suffix}`, timeZone: 'Europe/Berlin' } },
  );
  api = operator.withToken(createOrganization.adminKey.secret);
  const setup = await api.request<{ i: { id: string }; e: { id: string } }>(`mutation {
    i: createInteraction(input: { name: "Privacy Day", kind: EVENT, venue: VIRTUAL }) { id }
    e: createEcosystem(input: { name: "Privacy Day attendees", kind: EVENT_ATTENDEES }) { id }
  }`);
  const { createCampaign } = await api.request<{ createCampaign: { id: string } }>(
    `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
    {
      input: {
        name: 'Privacy Day sharing',
        interactionId: setup.i.id,
        ecosystemId: setup.e.id,
        outcome: 'EVENT_REGISTRATION',
        destinationUrl: 'https://events.example.com/privacy-day',
        shareKit: [{ network: 'LINKEDIN', template: 'I attended {interactionName}: {link}' }],
      },
    },
  );
  campaignId = createCampaign.id;
  await api.request(`mutation($id: ID!) { launchCampaign(id: $id) { id } }`, { id: campaignId });

  links = { ada: await invite(people.ada), bob: await invite(people.bob) };
  ids = { ada: await participantId(people.ada.email), bob: await participantId(people.bob.email), grace: '' };
  await api.request(`mutation($id: ID!, $url: String!) { updateParticipant(id: $id, input: { profiles: [{ network: LINKEDIN, url: $url, size: 500 }] }) { id } }`, {
    id: ids.ada,
    url: adaProfileUrl,
  });

  // Ada's own browser is seen on her share page, then clicks her link.
  const adaBrowser = browser();
  expect((await fetch(`${stack.urls.publicTracking}/v1/advocate-seen/${links.ada}`, { headers: adaBrowser })).status).toBe(200);
  await visit(links.ada, adaBrowser);
  await visit(links.ada, browser());
  await visit(links.ada, { 'user-agent': 'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)', 'x-forwarded-for': browser()['x-forwarded-for'] });
  await convert(await visit(links.ada, browser()), 'registration', people.grace.email, people.grace.name);
  await visit(links.bob, browser());
  await convert(await visit(links.bob, browser()), 'lead', people.ada.email, `${people.ada.firstName} ${people.ada.lastName}`);
  ids.grace = await participantId(people.grace.email);
  await until(
    'scores and conversions',
    () => exportOf(ids.ada),
    (document) =>
      document.scoring.score !== null &&
      document.scoring.conversionCredits.length === 1 &&
      document.scoring.conversionsMade.length === 1 &&
      document.scoring.clickCredits[0]?.visitors === 2 &&
      document.tracking.clicks[0]?.humanClicks === 2,
  );
  await until(
    'the other advocate and the converter',
    async () => [await exportOf(ids.bob), await exportOf(ids.grace)] as const,
    ([bob, grace]) =>
      bob.scoring.conversionCredits.length === 1 && bob.scoring.clickCredits[0]?.visitors === 2 && grace.scoring.conversionsMade.length === 1,
  );
});

afterAll(async () => {
  await orm?.close();
  await stack?.stop();
});

describe('participant export', () => {
  it('returns the data of all three services', async () => {
    const document = await exportOf(ids.ada);
    expect(document.formatVersion).toBe(1);
    expect(document.emailHash).toBe(emailHash(people.ada.email));
    expect(document.profile).toMatchObject({ email: people.ada.email, firstName: people.ada.firstName, lastName: people.ada.lastName, company: people.ada.company });
    expect(document.profile.profiles).toMatchObject([{ url: adaProfileUrl }]);
    expect(document.completions).toEqual([{ kind: 'SESSION_ATTENDED', id: expect.any(String) }]);
    expect(document.invitations).toMatchObject([{ networks: ['LINKEDIN'] }]);
    expect(document.tracking.trackedLinks).toMatchObject([{ code: links.ada }]);
    expect(document.tracking.shares).toMatchObject([{ networkSize: 500 }]);
    expect(document.tracking.clicks).toMatchObject([{ linkCode: links.ada, humanClicks: 2, uniqueClicks: 2, selfClicks: 1, previews: 1 }]);
    expect(document.tracking.conversionsCredited).toMatchObject([{ kind: 'REGISTRATION' }]);
    expect(document.tracking.conversionsMade).toMatchObject([{ kind: 'LEAD', lastTouchCode: links.bob }]);
    expect(document.tracking.browsersSeen).toHaveLength(1);
    expect(document.scoring.score!.points).toBeGreaterThan(0);
    expect(document.scoring.campaignScores).toMatchObject([{ campaignId }]);
    expect(document.scoring.clickCredits).toEqual([{ visitors: 2, clicks: 2 }]);
    expect(document.scoring.conversionsMade).toEqual([{ kind: 'LEAD' }]);
  });

  it('finds a conversion by the person who made it', async () => {
    const grace = await exportOf(ids.grace);
    expect(grace.profile.email).toBe(people.grace.email);
    expect(grace.tracking.conversionsMade).toMatchObject([{ kind: 'REGISTRATION', lastTouchCode: links.ada }]);
    expect(grace.scoring.conversionsMade).toEqual([{ kind: 'REGISTRATION' }]);
  });

  it('is recorded in the audit log', async () => {
    const { auditLog } = await api.request<{ auditLog: { nodes: { fields: string[]; outcome: string; actor: string }[] } }>(
      `{ auditLog(first: 200) { nodes { fields outcome actor } } }`,
    );
    const exports = auditLog.nodes.filter((entry) => entry.fields.includes('participantExport'));
    expect(exports.length).toBeGreaterThan(0);
    expect(exports.every((entry) => entry.outcome === 'succeeded')).toBe(true);
    expect(exports.every((entry) => entry.actor.startsWith('api_key:'))).toBe(true);
  });
});

describe('participant erasure', () => {
  let metricsBefore: { metrics: Record<string, number>; leaderboard: { points: number; participant: { id: string } }[] };
  let needles: string[];
  let erasedAt: string;

  beforeAll(async () => {
    metricsBefore = (await api.request<{ campaign: typeof metricsBefore }>(METRICS, { id: campaignId })).campaign;
    const visitorHashes = await sql<{ visitor_hash: string }>(
      `select visitor_hash from tracking.click where participant_id = ? union select visitor_hash from tracking.advocate_visitor where participant_id = ?`,
      [ids.ada, ids.ada],
    );
    // Her own browser's hash is both a click's and the share page's, so four distinct hashes.
    expect(visitorHashes.length).toBe(4);
    needles = [
      people.ada.email,
      people.ada.firstName,
      people.ada.lastName,
      people.ada.company,
      adaProfileUrl,
      emailHash(people.ada.email),
      ...visitorHashes.map((row) => row.visitor_hash),
    ];
    const { eraseParticipant } = await api.request<{ eraseParticipant: { erasedAt: string } }>(
      `mutation($id: ID!) { eraseParticipant(id: $id) { erasedAt } }`,
      { id: ids.ada },
    );
    erasedAt = eraseParticipant.erasedAt;
    const [event] = await sql<{ id: string }>(
      `select id from campaigns.outbox_message where message_key = ? and event->>'type' = 'participant.erased'`,
      [ids.ada],
    );
    await until(
      'tracking and scoring to apply the erasure',
      () =>
        sql<{ consumer: string }>(`select consumer from tracking.processed_event where event_id = ? union all select consumer from scoring.processed_event where event_id = ?`, [
          event!.id,
          event!.id,
        ]),
      (rows) => rows.length === 2,
    );
  });

  it('leaves no personal value in any schema', async () => {
    const hash = emailHash(people.ada.email);
    // The e-mail hash stays only as the tombstones that keep a later import
    // or conversion from linking to the person again, and in the erasure
    // event itself until the outbox's 24-hour retention removes it.
    expect(await leftovers(needles)).toEqual({
      [hash]: { 'campaigns.erasure': 1, 'campaigns.outbox_message': 1, 'scoring.erased_person': 1 },
    });
    const [tombstone] = await sql<{ columns: string }>(
      `select string_agg(column_name, ',' order by column_name) as columns from information_schema.columns
        where table_schema = 'campaigns' and table_name = 'erasure'`,
    );
    expect(tombstone!.columns).toBe('email_hash,erased_at,organization_id');
    const [event] = await sql<{ event: { type: string; data: unknown } }>(
      `select event from campaigns.outbox_message where strpos(event::text, ?) > 0`,
      [hash],
    );
    expect(event!.event).toMatchObject({ type: 'participant.erased', data: { participantId: ids.ada, emailHash: hash } });
  });

  it('keeps campaign figures', async () => {
    const after = (await api.request<{ campaign: typeof metricsBefore }>(METRICS, { id: campaignId })).campaign;
    expect(after.metrics).toEqual(metricsBefore.metrics);
    expect(metricsBefore.metrics).toMatchObject({ invited: 2, shares: 2, clicks: 4, uniqueClicks: 4, previews: 1, selfClicks: 1, conversions: 2, registrations: 1, leads: 1 });
    // Erased advocates leave the leaderboards, and the others keep their points.
    expect(after.leaderboard).toEqual(metricsBefore.leaderboard.filter((entry) => entry.participant.id !== ids.ada));
    expect(after.leaderboard.map((entry) => entry.participant.id)).toEqual([ids.bob]);
  });

  it('keeps the anonymous activity under the id', async () => {
    const [row] = await sql<{ links: string; shares: string; clicks: string; conversions: string }>(
      `select (select count(*) from tracking.tracked_link where participant_id = ?) as links,
              (select count(*) from tracking.share where participant_id = ?) as shares,
              (select count(*) from tracking.click where participant_id = ?) as clicks,
              (select count(*) from tracking.conversion where advocate_id = ?) as conversions`,
      [ids.ada, ids.ada, ids.ada, ids.ada],
    );
    expect(row).toEqual({ links: '1', shares: '1', clicks: '4', conversions: '1' });
  });

  it('exports nothing afterwards', async () => {
    const attempt = exportOf(ids.ada);
    await expect(attempt).rejects.toBeInstanceOf(GraphqlError);
    await expect(attempt).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('changes nothing when repeated', async () => {
    const { eraseParticipant } = await api.request<{ eraseParticipant: { erasedAt: string } }>(
      `mutation($id: ID!) { eraseParticipant(id: $id) { erasedAt } }`,
      { id: ids.ada },
    );
    expect(eraseParticipant.erasedAt).toBe(erasedAt);
    const events = await sql<{ count: string }>(
      `select count(*) as count from campaigns.outbox_message where message_key = ? and event->>'type' = 'participant.erased'`,
      [ids.ada],
    );
    expect(events[0]!.count).toBe('1');
    expect(Object.keys(await leftovers(needles))).toEqual([emailHash(people.ada.email)]);
  });

  it('keeps the other participants', async () => {
    const bob = await exportOf(ids.bob);
    expect(bob.profile).toMatchObject({ email: people.bob.email, firstName: people.bob.firstName, lastName: people.bob.lastName });
    expect(bob.tracking.clicks).toMatchObject([{ linkCode: links.bob, humanClicks: 2 }]);
    expect(bob.tracking.conversionsCredited).toMatchObject([{ kind: 'LEAD' }]);
    expect(bob.scoring.score).not.toBeNull();
    const [link] = await sql<{ advocate_email_hash: string }>(`select advocate_email_hash from tracking.tracked_link where code = ?`, [links.bob]);
    expect(link!.advocate_email_hash).toBe(emailHash(people.bob.email));
    const grace = await exportOf(ids.grace);
    expect(grace.profile.email).toBe(people.grace.email);
    expect(grace.tracking.conversionsMade).toMatchObject([{ kind: 'REGISTRATION', lastTouchCode: links.ada }]);
    // Scoring deletes the erased advocate's ledger, the credit for Grace's conversion included.
    expect(grace.scoring.conversionsMade).toEqual([]);
  });
});
