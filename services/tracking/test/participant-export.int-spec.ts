/**
 * Integration: the tracking section of a participant's data export and the
 * erasure of a participant in tracking, on a real tracking service with
 * PostgreSQL and Kafka. Activity comes through the public endpoints; the
 * export is read through entity references, as the gateway sends them.
 */
import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { createCloudEvent, Topics, validatePayload } from '@alg/service-kit';
import { campaignSnapshot, count, failure, graphql, type Harness, identityFor, invitationEvent, type Invitee, publishCampaignEvents, sha256, startHarness, until } from './support/tracking-harness.js';

jest.setTimeout(120_000);

const chrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const organizationId = randomUUID();
const admin = identityFor(organizationId);
const campaign = campaignSnapshot({ costMinor: 50_000 });
const code = () => `X${randomUUID().replace(/-/g, '').slice(0, 9)}`;
const ada: Invitee = { invitationId: randomUUID(), participantId: randomUUID(), email: `ada-${randomUUID()}@example.com`, code: code(), networkSize: 800 };
const bob: Invitee = { invitationId: randomUUID(), participantId: randomUUID(), email: `bob-${randomUUID()}@example.com`, code: code(), networkSize: 300 };
const grace = { participantId: randomUUID(), email: `grace-${randomUUID()}@example.net` };
const adaBrowser = { 'x-forwarded-for': '198.19.7.1', 'user-agent': `${chrome} ada-laptop` };

const SECTION = `tracking {
  trackedLinks { code network url campaignId invitationId networkSize createdAt }
  shares { id campaignId invitationId network networkSize source sharedAt }
  clicks { linkCode campaignId network humanClicks uniqueClicks selfClicks previews bots firstClickedAt lastClickedAt }
  conversionsCredited { id campaignId kind value currency credited selfReferral withinWindow channel lastTouchCode convertedAt }
  conversionsMade { id campaignId kind credited lastTouchCode }
  browsersSeen { visitorHash seenAt }
}`;

interface TrackingSection {
  trackedLinks: { code: string; network: string; url: string; invitationId: string; networkSize: number | null }[];
  shares: { campaignId: string; network: string; networkSize: number; source: string }[];
  clicks: { linkCode: string; humanClicks: number; uniqueClicks: number; selfClicks: number; previews: number; bots: number }[];
  conversionsCredited: { id: string; kind: string; currency: string; credited: boolean; selfReferral: boolean; channel: string; lastTouchCode: string }[];
  conversionsMade: { id: string; kind: string; lastTouchCode: string }[];
  browsersSeen: { visitorHash: string }[];
}

let harness: Harness;
let ipCounter = 0;
const nextIp = () => `198.19.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`;

async function visit(linkCode: string, headers: Record<string, string> = {}) {
  return fetch(`${harness.publicUrl}/r/${linkCode}`, {
    redirect: 'manual',
    headers: { 'user-agent': chrome, 'x-forwarded-for': nextIp(), ...headers },
  });
}

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${harness.publicUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': chrome, 'x-forwarded-for': nextIp(), ...headers },
    body: JSON.stringify(body),
  });
}

const refOf = async (linkCode: string) => new URL((await visit(linkCode)).headers.get('location')!).searchParams.get('alg_ref')!;

async function exportSection(participantId: string, email: string, identity = admin): Promise<TrackingSection> {
  const { _entities } = await graphql<{ _entities: { tracking: TrackingSection }[] }>(
    harness,
    identity,
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on ParticipantExport { ${SECTION} } } }`,
    { r: [{ __typename: 'ParticipantExport', participantId, emailHash: sha256(email) }] },
  );

  return _entities[0]!.tracking;
}

async function metrics() {
  const { _entities } = await graphql<{ _entities: { metrics: Record<string, number> }[] }>(
    harness,
    admin,
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Campaign { metrics { invited shares clicks uniqueClicks previews selfClicks conversions registrations } } } }`,
    { r: [{ __typename: 'Campaign', id: campaign.campaignId }] },
  );

  return _entities[0]!.metrics;
}

async function erase(participantId: string, emailHash?: string): Promise<string> {
  const event = createCloudEvent({
    source: '/alg/campaigns',
    type: 'participant.erased',
    organizationId,
    data: validatePayload('participant.erased', emailHash ? { participantId, emailHash } : { participantId }),
  });
  await harness.producer.send(Topics.campaignsEvents, [{ key: participantId, value: JSON.stringify(event) }]);

  return JSON.stringify(event);
}

const sentErasures: string[] = [];
const processedErasures = () =>
  count(harness, `select count(*) from processed_event where consumer = 'tracking.campaign-events' and event_id in (?)`, [
    sentErasures.map((event) => (JSON.parse(event) as { id: string }).id),
  ]);

beforeAll(async () => {
  harness = await startHarness();
  await publishCampaignEvents(harness, organizationId, [
    { type: 'campaign.created', key: campaign.campaignId, data: campaign },
    invitationEvent(campaign.campaignId, ada),
    invitationEvent(campaign.campaignId, bob),
  ]);
  await until('the links', async () => (await count(harness, `select count(*) from tracked_link where organization_id = ?`, [organizationId])) === 2);
  await until('the campaign', async () => (await count(harness, `select count(*) from campaign_projection where id = ?`, [campaign.campaignId])) === 1);

  expect((await fetch(`${harness.publicUrl}/v1/advocate-seen/${ada.code}`, { headers: adaBrowser })).status).toBe(200);
  await visit(ada.code, adaBrowser);
  await visit(ada.code);
  await visit(ada.code, { 'user-agent': 'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)' });
  const origin = 'https://share.example.org';
  expect((await post('/v1/share-intents', { code: ada.code }, { origin })).status).toBe(201);
  expect((await post('/v1/share-intents', { code: bob.code }, { origin })).status).toBe(201);
  expect((await post('/v1/conversions', { ref: await refOf(ada.code), kind: 'registration', email: grace.email, name: 'Grace Hopper' })).status).toBe(201);
  expect((await post('/v1/conversions', { ref: await refOf(bob.code), kind: 'lead', email: ada.email, name: 'Ada Lovelace' })).status).toBe(201);
  await until('the clicks', async () => (await count(harness, `select count(*) from click where organization_id = ?`, [organizationId])) === 5);
  await until('published events', async () => (await count(harness, `select count(*) from outbox_message where published_at is null`)) === 0);
});

afterAll(async () => {
  await harness?.stop();
});

describe('tracking export', () => {
  it('returns links, shares and clicks per link', async () => {
    const section = await exportSection(ada.participantId, ada.email);
    expect(section.trackedLinks).toMatchObject([{ code: ada.code, network: 'LINKEDIN', invitationId: ada.invitationId, networkSize: 800 }]);
    expect(section.trackedLinks[0]!.url).toBe(`${harness.publicUrl}/r/${ada.code}`);
    expect(section.shares).toMatchObject([{ campaignId: campaign.campaignId, network: 'LINKEDIN', networkSize: 800, source: 'INTENT' }]);
    expect(section.clicks).toMatchObject([{ linkCode: ada.code, humanClicks: 2, uniqueClicks: 2, selfClicks: 1, previews: 1, bots: 0 }]);
    expect(section.browsersSeen).toHaveLength(1);
    expect(section.browsersSeen[0]!.visitorHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('returns conversions credited and made', async () => {
    const section = await exportSection(ada.participantId, ada.email);
    expect(section.conversionsCredited).toMatchObject([
      { kind: 'REGISTRATION', currency: 'USD', credited: true, selfReferral: false, channel: 'PUBLIC', lastTouchCode: ada.code },
    ]);
    expect(JSON.stringify(section)).not.toContain('grace');
    expect(section.conversionsMade).toMatchObject([{ kind: 'LEAD', lastTouchCode: bob.code }]);
    const graceSection = await exportSection(grace.participantId, grace.email);
    expect(graceSection.conversionsMade).toMatchObject([{ kind: 'REGISTRATION', lastTouchCode: ada.code }]);
    expect(graceSection.trackedLinks).toEqual([]);
  });

  it('answers admins only', async () => {
    for (const role of ['viewer', 'editor'] as const) {
      const error = await failure(exportSection(ada.participantId, ada.email, identityFor(organizationId, { role })));
      expect(error.code).toBe('FORBIDDEN');
    }
    const partner = identityFor(organizationId, { kind: 'partner', role: 'viewer', scopes: ['read'], partnerId: 'Acme' });
    expect((await failure(exportSection(ada.participantId, ada.email, partner))).code).toBe('FORBIDDEN');
    const intake = identityFor(organizationId, { scopes: ['conversions'] });
    expect((await failure(exportSection(ada.participantId, ada.email, intake))).code).toBe('FORBIDDEN');
    const operator = identityFor(organizationId, { kind: 'operator', org: null, role: 'operator' });
    expect((await failure(exportSection(ada.participantId, ada.email, operator))).code).toBe('FORBIDDEN');
  });

  it('returns nothing for another organization', async () => {
    const section = await exportSection(ada.participantId, ada.email, identityFor(randomUUID()));
    expect(section).toEqual({ trackedLinks: [], shares: [], clicks: [], conversionsCredited: [], conversionsMade: [], browsersSeen: [] });
  });

  it('rejects a malformed e-mail hash', async () => {
    const error = await failure(
      graphql(harness, admin, `query($r: [_Any!]!) { _entities(representations: $r) { ... on ParticipantExport { tracking { shares { id } } } } }`, {
        r: [{ __typename: 'ParticipantExport', participantId: ada.participantId, emailHash: 'not-a-hash' }],
      }),
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('"not-a-hash"');
  });
});

describe('erasure in tracking', () => {
  let before: Record<string, number>;

  beforeAll(async () => {
    before = await metrics();
    // Ada's event has the older form without the e-mail hash; Grace, who only converted, has the newer one.
    sentErasures.push(await erase(ada.participantId), await erase(grace.participantId, sha256(grace.email)));
    await until('the erasures', async () => (await processedErasures()) === 2);
  });

  it('removes hashes from links, browsers and clicks', async () => {
    const [row] = await harness.service.runtime.em().execute<{ links: string; browsers: string; clicks: string; zeroed: string }[]>(
      `select (select count(*) from tracked_link where participant_id = ? and advocate_email_hash <> ?) as links,
              (select count(*) from advocate_visitor where participant_id = ?) as browsers,
              (select count(*) from click where participant_id = ? and visitor_hash <> ?) as clicks,
              (select count(*) from click where participant_id = ?) as zeroed`,
      [ada.participantId, '0'.repeat(64), ada.participantId, ada.participantId, '0'.repeat(64), ada.participantId],
    );
    expect(Number(row!.links)).toBe(0);
    expect(Number(row!.browsers)).toBe(0);
    expect(Number(row!.clicks)).toBe(0);
    expect(Number(row!.zeroed)).toBe(4);
  });

  it('unlinks the conversions they made', async () => {
    for (const email of [ada.email, grace.email]) {
      expect(await count(harness, `select count(*) from conversion where person_key = ?`, [`email:${sha256(email)}`])).toBe(0);
    }
    const rows = await harness.service.runtime
      .em()
      .execute<{ id: string; person_key: string; visitor_hash: string | null }[]>(
        `select id, person_key, visitor_hash from conversion where organization_id = ? order by converted_at`,
        [organizationId],
      );
    expect(rows.map((row) => row.person_key)).toEqual(rows.map((row) => `erased:${row.id}`));
  });

  it('deletes published events about them', async () => {
    const text = (value: string) => count(harness, `select count(*) from outbox_message where event::text like ?`, [`%${value}%`]);
    expect(await count(harness, `select count(*) from outbox_message where message_key = ?`, [ada.participantId])).toBe(0);
    for (const value of [ada.email, grace.email, 'Grace Hopper', 'Ada Lovelace']) expect(await text(value)).toBe(0);
    expect(await count(harness, `select count(*) from outbox_message where message_key = ?`, [bob.participantId])).toBeGreaterThan(0);
  });

  it('keeps campaign figures', async () => {
    expect(await metrics()).toEqual(before);
    expect(before).toMatchObject({ invited: 2, shares: 2, clicks: 3, selfClicks: 1, conversions: 2 });
  });

  it('leaves the other advocate alone', async () => {
    expect(await count(harness, `select count(*) from tracked_link where participant_id = ? and advocate_email_hash = ?`, [bob.participantId, sha256(bob.email)])).toBe(1);
    expect(await count(harness, `select count(*) from click where participant_id = ? and visitor_hash ~ '^[0-9a-f]{64}$' and visitor_hash <> ?`, [bob.participantId, '0'.repeat(64)])).toBe(1);
  });

  it('changes nothing on a redelivery or a repeat', async () => {
    const snapshot = async () =>
      harness.service.runtime
        .em()
        .execute(
          `select (select json_agg(c order by c.id) from click c where c.organization_id = ?) as clicks,
                  (select json_agg(v order by v.id) from conversion v where v.organization_id = ?) as conversions`,
          [organizationId, organizationId],
        );
    const earlier = await snapshot();
    await harness.producer.send(Topics.campaignsEvents, [{ key: ada.participantId, value: sentErasures[0]! }]);
    sentErasures.push(await erase(ada.participantId, sha256(ada.email)));
    await until('the repeated erasure', async () => (await processedErasures()) === 3);
    expect(await snapshot()).toEqual(earlier);
  });
});
