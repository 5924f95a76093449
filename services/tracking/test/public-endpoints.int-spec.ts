/**
 * Integration: the public tracking endpoints and the subgraph of a real
 * tracking service on PostgreSQL and Kafka. Campaigns and invitations
 * arrive as campaigns events; every figure is read back from the database
 * or through GraphQL.
 */
import { randomUUID } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { jest } from '@jest/globals';
import { cloudEventSchema, createCloudEvent, Topics, validatePayload } from '@alg/service-kit';
import { mintClickId } from '../src/redirect/click-id.js';
import { signatureHeader } from '../src/conversions/webhook-signature.js';
import { CONVERSION_SNIPPET } from '../src/snippet/conversion-snippet.js';
import {
  campaignSnapshot,
  count,
  graphql,
  GraphqlFailure,
  type Harness,
  identityFor,
  type Invitee,
  invitationEvent,
  publishCampaignEvents,
  sha256,
  startHarness,
  until,
} from './support/tracking-harness.js';

jest.setTimeout(120_000);

const chrome = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const organizationId = randomUUID();
const identity = identityFor(organizationId);
const live = campaignSnapshot({ costMinor: 120_000 });
const endedAllowed = campaignSnapshot({ status: 'ended', ecosystemId: live.ecosystemId });
const endedForeign = campaignSnapshot({ status: 'ended', fallbackUrl: 'https://evil.example/phish' });
const international = campaignSnapshot({ destinationUrl: 'https://bücher.example/anmeldung?q=a%20b&flag#top', allowedHosts: [] });

let harness: Harness;
let ipCounter = 0;
/** Returns a fresh client address from the benchmarking range 198.18.0.0/15, sent as X-Forwarded-For. */
const nextIp = () => {
  ipCounter++;

  return `198.18.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
};

const code = () => `T${randomUUID().replace(/-/g, '').slice(0, 9)}`;
function invitee(overrides: Partial<Invitee> = {}): Invitee {
  const id = randomUUID();

  return { invitationId: randomUUID(), participantId: randomUUID(), email: `adv-${id}@example.com`, code: code(), networkSize: 800, ...overrides };
}

const people = {
  main: invitee(),
  second: invitee(),
  selfClicker: invitee(),
  converter: invitee(),
  snippet: invitee(),
  webhook: invitee(),
  limited: invitee(),
  spammed: invitee(),
  old: invitee({ invitedAt: new Date(Date.now() - 40 * 86_400_000).toISOString() }),
  unsized: invitee({ networkSize: null }),
  ended: invitee(),
  foreign: invitee(),
  punycode: invitee(),
  bulk: invitee(),
};

async function visit(linkCode: string, headers: Record<string, string> = {}, method = 'GET') {
  return fetch(`${harness.publicUrl}/r/${linkCode}`, {
    method,
    redirect: 'manual',
    headers: { 'user-agent': chrome, 'x-forwarded-for': nextIp(), ...headers },
  });
}

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${harness.publicUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': chrome, 'x-forwarded-for': nextIp(), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function clickRows(linkCode: string) {
  return harness.service.runtime
    .em()
    .execute<{ classification: string; is_unique: boolean; visitor_hash: string }[]>(
      `select classification, is_unique, visitor_hash from click where link_code = ? order by clicked_at, id`,
      [linkCode],
    );
}

beforeAll(async () => {
  harness = await startHarness({
    RATE_LIMIT_REDIRECTS_PER_IP: '40',
    RATE_LIMIT_WRITES_PER_IP: '60',
    RATE_LIMIT_WRITES_PER_KEY: '25',
    RATE_LIMIT_WEBHOOKS_PER_ORGANIZATION: '30',
  });
  const campaignOf = new Map<Invitee, typeof live>([
    [people.ended, endedAllowed],
    [people.foreign, endedForeign],
    [people.punycode, international],
  ]);
  await publishCampaignEvents(harness, organizationId, [
    ...[live, endedAllowed, endedForeign, international].map((campaign) => ({ type: 'campaign.created' as const, key: campaign.campaignId, data: campaign })),
    ...Object.values(people).map((person) => invitationEvent((campaignOf.get(person) ?? live).campaignId, person)),
  ]);
  await until('the links', async () => (await count(harness, `select count(*) from tracked_link where organization_id = ?`, [organizationId])) === Object.keys(people).length);
  await until('the campaigns', async () => (await count(harness, `select count(*) from campaign_projection where organization_id = ?`, [organizationId])) === 4);
});

afterAll(async () => {
  await harness?.stop();
});

describe('redirect', () => {
  it('answers GET with an uncached 302', async () => {
    const response = await visit(people.main.code);
    expect(response.status).toBe(302);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const location = response.headers.get('location')!;
    expect(location).toMatch(
      new RegExp(
        `^https://events\\.example\\.com/summit/register\\?src=advocacy&lang=en&utm_source=linkedin&utm_medium=advocacy&utm_campaign=${live.campaignId}&utm_content=${people.main.code}&alg_ref=${people.main.code}\\.[0-9A-Za-z]{20}#form$`,
      ),
    );
  });

  it('answers HEAD with the same redirect', async () => {
    const response = await visit(people.main.code, {}, 'HEAD');
    expect(response.status).toBe(302);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('location')).toContain(`alg_ref=${people.main.code}.`);
  });

  it('gives each click its own reference', async () => {
    const [a, b] = await Promise.all([visit(people.second.code), visit(people.second.code)]);
    expect(a.headers.get('location')).not.toBe(b.headers.get('location'));
  });

  it.each([
    ['unknown code', 'ZZZZZZZZZZ'],
    ['short code', 'abc'],
    ['code with symbols', 'abc%3Cdef%3E12'],
  ])('answers a 404 page for %s', async (_case, linkCode) => {
    const response = await visit(linkCode);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await response.text()).toContain('Link not found');
  });

  it('sends an ended campaign to its fallback', async () => {
    const location = (await visit(people.ended.code)).headers.get('location')!;
    expect(location.startsWith('https://www.example.com/next-events?utm_source=linkedin&')).toBe(true);
  });

  it('never redirects to a foreign fallback', async () => {
    const location = (await visit(people.foreign.code)).headers.get('location')!;
    expect(new URL(location).hostname).toBe('events.example.com');
  });

  it('emits international hosts as punycode', async () => {
    const location = (await visit(people.punycode.code)).headers.get('location')!;
    expect(location).toMatch(/^https:\/\/xn--bcher-kva\.example\/anmeldung\?q=a%20b&flag&utm_source=linkedin&.*&alg_ref=[^&#]+#top$/);
  });

  it.each([65, 300, 5_000])('answers a %i-character code with the 404 page', async (length) => {
    const response = await visit('A'.repeat(length));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('limits redirects per address', async () => {
    const ip = nextIp();
    const statuses: number[] = [];
    for (let index = 0; index < 41; index++) statuses.push((await visit(people.limited.code, { 'x-forwarded-for': ip })).status);
    expect(statuses.slice(0, 40).every((status) => status === 302)).toBe(true);
    const limited = await visit(people.limited.code, { 'x-forwarded-for': ip });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await visit(people.limited.code)).status).toBe(302);
  });
});

describe('click recording', () => {
  it('classifies and deduplicates clicks', async () => {
    const visitor = { 'x-forwarded-for': nextIp(), 'user-agent': `${chrome} visitor-a` };
    await visit(people.second.code, visitor);
    await visit(people.second.code, visitor);
    await visit(people.second.code, { 'user-agent': 'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)' });
    await visit(people.second.code, { purpose: 'prefetch' });
    await visit(people.second.code, { 'sec-purpose': 'prefetch;prerender' });
    await visit(people.second.code, { 'user-agent': 'curl/8.5.0' });
    await visit(people.second.code, {}, 'HEAD');
    // Two earlier parallel visits from the test "gives each click its own reference" are human and unique.
    await until('nine clicks', async () => (await clickRows(people.second.code)).length === 9);
    const rows = await clickRows(people.second.code);
    const tally = (classification: string) => rows.filter((row) => row.classification === classification).length;
    expect({ human: tally('human'), preview: tally('preview'), bot: tally('bot') }).toEqual({ human: 4, preview: 4, bot: 1 });
    expect(rows.filter((row) => row.classification === 'human' && row.is_unique)).toHaveLength(3);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.visitor_hash))).toBe(true);
  });

  it('sends stored clicks as catalogued batch events', async () => {
    const events = await harness.service.runtime
      .em()
      .execute<{ event: Record<string, unknown>; message_key: string }[]>(
        `select event, message_key from outbox_message where event->>'type' = 'click.batch-recorded'
            and exists (select 1 from jsonb_array_elements(event->'data'->'clicks') click
                         where click->>'participantId' = ?)`,
        [people.second.participantId],
      );
    expect(events.length).toBeGreaterThan(0);
    const clicks = [];
    for (const { event, message_key } of events) {
      const envelope = cloudEventSchema.parse(event);
      expect(envelope).toMatchObject({ source: '/alg/tracking', organizationid: organizationId });
      expect(message_key).toBe(organizationId);
      const data = validatePayload('click.batch-recorded', envelope.data);
      const times = data.clicks.map((click) => Date.parse(click.clickedAt));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      clicks.push(...data.clicks.filter((click) => click.participantId === people.second.participantId));
    }
    expect(clicks).toHaveLength(9);
    expect(new Set(clicks.map((click) => click.clickId)).size).toBe(9);
    expect(clicks.every((click) => click.network === 'linkedin')).toBe(true);
  });

  it('splits large fetches into batch events', async () => {
    // Three queued batches in one send reach the intake in one fetch: 1,800 clicks of one
    // organization, more than one click.batch-recorded event may carry.
    const batches = [0, 1, 2].map((batch) =>
      createCloudEvent({
        source: '/alg/tracking/redirect',
        type: 'click.batch-received',
        organizationId,
        data: {
          clicks: Array.from({ length: 600 }, (_, index) => ({
            clickId: mintClickId(Date.now() - 60_000 + batch * 600 + index),
            code: people.bulk.code,
            visitorHash: sha256(`bulk-visitor-${batch}-${index}`),
            previousVisitorHash: null,
            classification: 'human' as const,
            method: 'GET' as const,
            receivedAt: new Date(Date.now() - 60_000 + batch * 600 + index).toISOString(),
          })),
        },
      }),
    );
    await harness.producer.send(Topics.clickIntake, batches.map((event) => ({ key: 'clicks-bulk', value: JSON.stringify(event) })));

    await until('1,800 bulk clicks stored', async () => (await count(harness, `select count(*) from click where link_code = ?`, [people.bulk.code])) === 1_800);
    const events = await harness.service.runtime
      .em()
      .execute<{ clicks: number }[]>(
        `select jsonb_array_length(event->'data'->'clicks') as clicks from outbox_message
          where event->>'type' = 'click.batch-recorded'
            and exists (select 1 from jsonb_array_elements(event->'data'->'clicks') click where click->>'participantId' = ?)`,
        [people.bulk.participantId],
      );
    // One Kafka record batch reaches the consumer whole, so the three share one transaction.
    expect(events.map((event) => Number(event.clicks)).sort((a, b) => a - b)).toEqual([800, 1_000]);
  });

  it('records a resent batch once', async () => {
    const clicks = Array.from({ length: 3 }, (_, index) => ({
      clickId: mintClickId(Date.now() - 30_000 + index),
      code: people.bulk.code,
      visitorHash: sha256(`resent-visitor-${index}`),
      previousVisitorHash: null,
      classification: 'human' as const,
      method: 'GET' as const,
      receivedAt: new Date(Date.now() - 30_000 + index).toISOString(),
    }));
    // A retried send builds the batch again under a new event id, and both copies can share a fetch.
    const copies = [0, 1].map(() =>
      createCloudEvent({ source: '/alg/tracking/redirect', type: 'click.batch-received', organizationId, data: { clicks } }),
    );
    await harness.producer.send(Topics.clickIntake, copies.map((event) => ({ key: 'clicks-resent', value: JSON.stringify(event) })));
    const ids = clicks.map((click) => click.clickId);

    await until('the resent clicks stored', async () => (await count(harness, `select count(*) from click where id in (?)`, [ids])) === 3);
    const listed = await count(
      harness,
      `select count(*) from outbox_message, jsonb_array_elements(event->'data'->'clicks') click
        where event->>'type' = 'click.batch-recorded' and click->>'clickId' in (?)`,
      [ids],
    );
    expect(listed).toBe(3);
  });

  it('stores no client address', async () => {
    const ip = nextIp();
    await visit(people.second.code, { 'x-forwarded-for': ip });
    await until('the click', async () => (await clickRows(people.second.code)).length === 10);
    const found = await count(harness, `select count(*) from click c where row_to_json(c)::text like ?`, [`%${ip}%`]);
    expect(found).toBe(0);
  });

  it('flags the advocate clicking their own link', async () => {
    const browser = { 'x-forwarded-for': nextIp(), 'user-agent': `${chrome} advocate-browser` };
    const pixel = await fetch(`${harness.publicUrl}/v1/advocate-seen/${people.selfClicker.code}`, { headers: browser });
    expect(pixel.status).toBe(200);
    expect(pixel.headers.get('content-type')).toBe('image/gif');
    expect(pixel.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.from(await pixel.arrayBuffer()).subarray(0, 6).toString('latin1')).toBe('GIF89a');
    await visit(people.selfClicker.code, browser);
    await visit(people.selfClicker.code);
    await until('two clicks', async () => (await clickRows(people.selfClicker.code)).length === 2);
    expect((await clickRows(people.selfClicker.code)).map((row) => row.classification).sort()).toEqual(['human', 'self']);
  });

  it('answers the pixel for an unknown code', async () => {
    const pixel = await fetch(`${harness.publicUrl}/v1/advocate-seen/ZZZZZZZZZZ`, { headers: { 'user-agent': chrome } });
    expect(pixel.status).toBe(404);
    expect(pixel.headers.get('content-type')).toBe('image/gif');
  });
});

describe('share intents', () => {
  const origin = 'https://share.example.org';

  it('records one share per burst', async () => {
    const first = await post('/v1/share-intents', { code: people.main.code }, { origin });
    expect(first.status).toBe(201);
    expect(first.headers.get('access-control-allow-origin')).toBe(origin);
    expect(await first.json()).toMatchObject({ recorded: true, network: 'linkedin', networkSize: 800 });
    const burst = await Promise.all([1, 2, 3].map(() => post('/v1/share-intents', { code: people.main.code, networkSize: 900 }, { origin })));
    expect(burst.map((response) => response.status)).toEqual([200, 200, 200]);
    expect(await count(harness, `select count(*) from share where link_code = ?`, [people.main.code])).toBe(1);
    expect(await count(harness, `select count(*) from outbox_message where event->>'type' = 'share.recorded' and event->'data'->>'participantId' = ?`, [people.main.participantId])).toBe(1);
  });

  it('records a share without a known size as 0', async () => {
    const response = await post('/v1/share-intents', { code: people.unsized.code }, { origin });
    expect(await response.json()).toMatchObject({ recorded: true, networkSize: 0 });
  });

  it('answers the preflight of the share page', async () => {
    const response = await fetch(`${harness.publicUrl}/v1/share-intents`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type');
  });

  it('rejects other origins', async () => {
    const response = await post('/v1/share-intents', { code: people.second.code }, { origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it.each([
    ['unknown code', { code: 'ZZZZZZZZZZ' }, 404, 'NOT_FOUND'],
    ['malformed code', { code: 'not a code' }, 400, 'BAD_USER_INPUT'],
    ['negative size', { code: 'ZZZZZZZZZZ', networkSize: -1 }, 400, 'BAD_USER_INPUT'],
  ])('rejects %s', async (_case, body, status, errorCode) => {
    const response = await post('/v1/share-intents', body, { origin });
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(errorCode);
  });
});

describe('conversions', () => {
  const refOf = async (person: Invitee, headers: Record<string, string> = {}) =>
    new URL((await visit(person.code, headers)).headers.get('location')!).searchParams.get('alg_ref')!;

  it('records once per person and kind', async () => {
    const ref = await refOf(people.converter);
    const body = { ref, kind: 'registration', email: 'Grace.Hopper@Example.net', name: 'Grace' };
    const first = await post('/v1/conversions', body);
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ duplicate: false, credited: true, selfReferral: false });
    const again = await post('/v1/conversions', { ...body, email: ' grace.hopper@example.net ' });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ duplicate: true });
    expect((await post('/v1/conversions', { ...body, kind: 'attendance' })).status).toBe(201);
  });

  it('flags an advocate converting with their own e-mail', async () => {
    const response = await post('/v1/conversions', { ref: await refOf(people.converter), kind: 'registration', email: people.converter.email });
    expect(await response.json()).toMatchObject({ credited: false, selfReferral: true });
  });

  it('stores a conversion after the window without credit', async () => {
    const response = await post('/v1/conversions', { ref: people.old.code, kind: 'lead', email: 'late@example.net' });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ credited: false, selfReferral: false });
  });

  it('credits a click minted before its link record caught up', async () => {
    const ref = `${people.old.code}.${mintClickId(Date.now() - 60_000)}`;
    expect(await (await post('/v1/conversions', { ref, kind: 'registration', email: 'fresh@example.net' })).json()).toMatchObject({ credited: true });
  });

  it('accepts JSON sent as text', async () => {
    const body = JSON.stringify({ ref: await refOf(people.converter), kind: 'lead', email: 'text@example.net' });
    expect((await post('/v1/conversions', body, { 'content-type': 'text/plain;charset=UTF-8' })).status).toBe(201);
  });

  it.each([
    ['unknown reference', { ref: 'AAAAAAAAAA.BBBBBBBBBBBBBBBB', kind: 'registration', email: 'x@example.com' }, 404, 'NOT_FOUND', 'AAAAAAAAAA.BBBBBBBBBBBBBBBB'],
    ['malformed reference', { ref: 'not a ref!', kind: 'registration', email: 'x@example.com' }, 400, 'BAD_USER_INPUT', '"not a ref!"'],
    ['unknown kind', { ref: 'AAAAAAAAAA', kind: 'purchase', email: 'x@example.com' }, 400, 'BAD_USER_INPUT', 'kind'],
    ['bad e-mail', { ref: 'AAAAAAAAAA', kind: 'lead', email: 'pat(at)example.com' }, 400, 'BAD_USER_INPUT', '"pat(at)example.com"'],
  ])('rejects %s naming it', async (_case, body, status, errorCode, named) => {
    const response = await post('/v1/conversions', body);
    const error = ((await response.json()) as { error: { code: string; message: string } }).error;
    expect(response.status).toBe(status);
    expect(error.code).toBe(errorCode);
    expect(error.message).toContain(named);
  });

  it('rejects a body over 16 KiB', async () => {
    const response = await post('/v1/conversions', { ref: 'AAAAAAAAAA', kind: 'lead', name: 'x'.repeat(20_000) });
    expect(response.status).toBe(413);
  });

  it('rejects a value over the maximum', async () => {
    const response = await post('/v1/conversions', { ref: people.converter.code, kind: 'pipeline', value: 1e15 });
    const error = ((await response.json()) as { error: { code: string; message: string } }).error;
    expect(response.status).toBe(400);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('value');
  });

  it('keeps invalid bodies off the link quota', async () => {
    const ref = await refOf(people.spammed, { 'x-forwarded-for': nextIp() });
    for (let index = 0; index < 30; index++) {
      expect((await post('/v1/conversions', { ref, kind: 'nope' })).status).toBe(400);
    }
    expect((await post('/v1/conversions', { ref, kind: 'lead', email: 'after-spam@example.net' })).status).toBe(201);
  });

  it('limits malformed bodies per address', async () => {
    const ip = nextIp();
    const statuses: number[] = [];
    for (let index = 0; index < 61; index++) statuses.push((await post('/v1/conversions', '{"ref":', { 'x-forwarded-for': ip })).status);
    expect(statuses.slice(0, 60).every((status) => status === 400)).toBe(true);
    expect(statuses[60]).toBe(429);
  });

  it('limits conversions per link', async () => {
    const ref = await refOf(people.limited, { 'x-forwarded-for': nextIp() });
    const statuses: number[] = [];
    for (let index = 0; index < 26; index++) {
      statuses.push((await post('/v1/conversions', { ref, kind: 'lead', email: `limit-${index}@example.net` })).status);
    }
    expect(statuses.slice(0, 25).every((status) => status === 201)).toBe(true);
    expect(statuses[25]).toBe(429);
  });
});

describe('browser snippet', () => {
  const landing = 'https://events.example.com';

  /** Runs the served snippet on a landing page, with fetch sending what a browser at `ip` would. */
  async function loadLanding(pageUrl: string, jar: string[], ip: string, userAgent: string) {
    const source = await (await fetch(`${harness.publicUrl}/v1/snippet.js`)).text();
    const document = {
      currentScript: { src: `${harness.publicUrl}/v1/snippet.js`, getAttribute: () => null },
      get cookie() {
        return jar.join('; ');
      },
      set cookie(value: string) {
        const pair = value.split(';')[0]!;
        jar.splice(0, jar.length, ...jar.filter((entry) => !entry.startsWith(`${pair.split('=')[0]}=`)), pair);
      },
      addEventListener: () => undefined,
    };
    const window: Record<string, unknown> = {};
    const browserFetch = (url: string, init: RequestInit) =>
      fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), origin: new URL(pageUrl).origin, 'user-agent': userAgent, 'x-forwarded-for': ip } });
    runInNewContext(source, { document, window, location: new URL(pageUrl), URL, URLSearchParams, fetch: browserFetch, Promise, JSON });

    return window.algTrack as (kind: string, details?: Record<string, unknown>) => Promise<Record<string, unknown>>;
  }

  it('serves the snippet for any origin', async () => {
    const response = await fetch(`${harness.publicUrl}/v1/snippet.js`);
    expect(response.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const etag = response.headers.get('etag')!;
    expect((await fetch(`${harness.publicUrl}/v1/snippet.js`, { headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  it('converts from the landing page', async () => {
    const ip = nextIp();
    const location = (await visit(people.snippet.code, { 'x-forwarded-for': ip })).headers.get('location')!;
    const jar: string[] = [];
    await loadLanding(location, jar, ip, chrome);
    const algTrack = await loadLanding(`${landing}/summit/thanks`, jar, ip, chrome);
    const result = await algTrack('registration', { email: 'snippet-visitor@example.net', name: 'Ada' });
    expect(result).toMatchObject({ sent: true, status: 201, credited: true, selfReferral: false });
    const [row] = await harness.service.runtime
      .em()
      .execute<{ channel: string; visitor_hash: string | null }[]>(`select channel, visitor_hash from conversion where id = ?`, [result.conversionId]);
    expect(row).toMatchObject({ channel: 'snippet', visitor_hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('flags the advocate browser as self-referral', async () => {
    const ip = nextIp();
    const agent = `${chrome} snippet-advocate`;
    await fetch(`${harness.publicUrl}/v1/advocate-seen/${people.snippet.code}`, { headers: { 'user-agent': agent, 'x-forwarded-for': ip } });
    const location = (await visit(people.snippet.code, { 'x-forwarded-for': ip, 'user-agent': agent })).headers.get('location')!;
    const algTrack = await loadLanding(location, [], ip, agent);
    expect(await algTrack('registration', { email: 'a-friend@example.net' })).toMatchObject({ credited: false, selfReferral: true });
  });

  it('rejects pages outside the campaign hosts', async () => {
    const ip = nextIp();
    const location = (await visit(people.snippet.code, { 'x-forwarded-for': ip })).headers.get('location')!;
    const algTrack = await loadLanding(location.replace('https://events.example.com', 'https://evil.example'), [], ip, chrome);
    expect(await algTrack('registration', { email: 'phished@example.net' })).toMatchObject({ sent: false, status: 403 });
  });
});

describe('signed webhook', () => {
  let secret: string;
  const path = `/v1/webhooks/${organizationId}/conversions`;
  const deliver = async (body: string, deliveryId: string, key = secret, at = Math.floor(Date.now() / 1000)) =>
    post(path, body, { 'x-alg-signature': signatureHeader(key, at, body), 'x-alg-delivery': deliveryId });

  beforeAll(async () => {
    const { createWebhookSecret } = await graphql<{ createWebhookSecret: { secret: string; endpoint: string; webhookSecret: { hint: string; active: boolean } } }>(
      harness,
      identity,
      `mutation { createWebhookSecret { secret endpoint webhookSecret { hint active } } }`,
    );
    secret = createWebhookSecret.secret;
    expect(createWebhookSecret.endpoint).toBe(`${harness.publicUrl}${path}`);
    expect(createWebhookSecret.webhookSecret).toEqual({ hint: secret.slice(-4), active: true });
  });

  const body = () => JSON.stringify({ ref: people.webhook.code, kind: 'demo_request', email: `hook-${randomUUID()}@example.net`, occurredAt: new Date().toISOString() });

  it('lists secrets without their value', async () => {
    const { webhookSecrets } = await graphql<{ webhookSecrets: Record<string, unknown>[] }>(harness, identity, `{ webhookSecrets { id hint active } }`);
    expect(webhookSecrets).toHaveLength(1);
    expect(JSON.stringify(webhookSecrets)).not.toContain(secret);
  });

  it('rejects a second create', async () => {
    await expect(graphql(harness, identity, `mutation { createWebhookSecret { secret } }`)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('records a signed delivery once', async () => {
    const payload = body();
    const first = await deliver(payload, 'delivery-0001');
    expect(first.status).toBe(201);
    const firstBody = (await first.json()) as Record<string, unknown>;
    const replay = await deliver(payload, 'delivery-0001');
    expect(replay.status).toBe(201);
    expect(replay.headers.get('x-alg-replay')).toBe('true');
    expect(await replay.json()).toEqual({ ...firstBody, replay: true });
    expect(await count(harness, `select count(*) from conversion where advocate_id = ? and channel = 'webhook'`, [people.webhook.participantId])).toBe(1);
  });

  it('rejects a signature replayed under a new id', async () => {
    const payload = body();
    const at = Math.floor(Date.now() / 1000);
    expect((await deliver(payload, `d-${randomUUID()}`, secret, at)).status).toBe(201);

    const replayed = await deliver(payload, `d-${randomUUID()}`, secret, at);
    expect(replayed.status).toBe(409);
    expect(((await replayed.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('signature of an earlier delivery'),
    });
  });

  it('keeps replays off the organization quota', async () => {
    const payload = body();
    const at = Math.floor(Date.now() / 1000);
    expect((await deliver(payload, `d-${randomUUID()}`, secret, at)).status).toBe(201);

    for (let index = 0; index < 31; index++) expect((await deliver(payload, `d-${randomUUID()}`, secret, at)).status).toBe(409);
    expect((await deliver(body(), `d-${randomUUID()}`)).status).toBe(201);
  });

  it('keeps repeats off the quota and records their signatures', async () => {
    const payload = body();
    const deliveryId = `d-${randomUUID()}`;
    const at = Math.floor(Date.now() / 1000);
    expect((await deliver(payload, deliveryId, secret, at)).status).toBe(201);

    for (let index = 0; index < 31; index++) expect((await deliver(payload, deliveryId, secret, at)).headers.get('x-alg-replay')).toBe('true');
    expect((await deliver(body(), `d-${randomUUID()}`)).status).toBe(201);
    // A retry signed anew records that signature, so it cannot come back under another id.
    expect((await deliver(payload, deliveryId, secret, at + 1)).status).toBe(201);
    expect((await deliver(payload, `d-${randomUUID()}`, secret, at + 1)).status).toBe(409);
  });

  it.each([
    ['a wrong secret', () => deliver(body(), `d-${randomUUID()}`, 'whsec_not-the-secret')],
    ['an old timestamp', () => deliver(body(), `d-${randomUUID()}`, secret, Math.floor(Date.now() / 1000) - 600)],
    ['no signature', () => post(path, body(), { 'x-alg-delivery': `d-${randomUUID()}` })],
  ])('rejects %s', async (_case, send) => {
    const response = await send();
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
  });

  it('keeps unsigned requests off the organization quota', async () => {
    for (let index = 0; index < 31; index++) {
      expect((await post(path, body(), { 'x-alg-delivery': `d-${randomUUID()}` })).status).toBe(401);
    }
    expect((await deliver(body(), `d-${randomUUID()}`)).status).toBe(201);
  });

  it('credits no conversion dated before its click', async () => {
    const payload = JSON.stringify({ ref: people.webhook.code, kind: 'lead', email: `early-${randomUUID()}@example.net`, occurredAt: '1970-01-01T00:00:00Z' });
    const response = await deliver(payload, `d-${randomUUID()}`);
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ credited: false, selfReferral: false });
  });

  it('rejects a missing delivery id', async () => {
    const payload = body();
    const response = await post(path, payload, { 'x-alg-signature': signatureHeader(secret, Math.floor(Date.now() / 1000), payload) });
    expect(response.status).toBe(400);
  });

  it('keeps the old secret during rotation', async () => {
    const { rotateWebhookSecret } = await graphql<{ rotateWebhookSecret: { secret: string } }>(harness, identity, `mutation { rotateWebhookSecret(graceHours: 1) { secret } }`);
    expect((await deliver(body(), `d-${randomUUID()}`, secret)).status).toBe(201);
    expect((await deliver(body(), `d-${randomUUID()}`, rotateWebhookSecret.secret)).status).toBe(201);
    // A delivery signed with both secrets records both signatures, so neither replays alone.
    const payload = body();
    const at = Math.floor(Date.now() / 1000);
    const both = `${signatureHeader(rotateWebhookSecret.secret, at, payload)},v1=${signatureHeader(secret, at, payload).split('v1=')[1]}`;
    expect((await post(path, payload, { 'x-alg-signature': both, 'x-alg-delivery': `d-${randomUUID()}` })).status).toBe(201);
    expect((await deliver(payload, `d-${randomUUID()}`, secret, at)).status).toBe(409);
    const { webhookSecrets } = await graphql<{ webhookSecrets: { id: string; expiresAt: string | null }[] }>(harness, identity, `{ webhookSecrets { id expiresAt } }`);
    const previous = webhookSecrets.find((entry) => entry.expiresAt !== null)!;
    await graphql(harness, identity, `mutation($id: ID!) { revokeWebhookSecret(id: $id) { active } }`, { id: previous.id });
    expect((await deliver(body(), `d-${randomUUID()}`, secret)).status).toBe(401);
    secret = rotateWebhookSecret.secret;
  });

  it('needs the admin role for secrets', async () => {
    await expect(graphql(harness, identityFor(organizationId, { role: 'editor' }), `{ webhookSecrets { id } }`)).rejects.toBeInstanceOf(GraphqlFailure);
  });
});

describe('subgraph', () => {
  it('defaults the share size to the invitation', async () => {
    const { recordShare } = await graphql<{ recordShare: { networkSize: number; source: string } }>(
      harness,
      identity,
      `mutation($input: RecordShareInput!) { recordShare(input: $input) { networkSize source } }`,
      { input: { invitationId: people.second.invitationId, network: 'LINKEDIN' } },
    );
    expect(recordShare).toEqual({ networkSize: 800, source: 'API' });
  });

  it('asks for a size it cannot know', async () => {
    await expect(
      graphql(harness, identity, `mutation($input: RecordShareInput!) { recordShare(input: $input) { id } }`, {
        input: { invitationId: people.unsized.invitationId, network: 'LINKEDIN' },
      }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('networkSize') });
  });

  it('returns campaign metrics with a daily series', async () => {
    const { _entities } = await graphql<{ _entities: { metrics: Record<string, unknown> & { daily: Record<string, number>[] } }[] }>(
      harness,
      identity,
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Campaign {
        metrics { invited activated shares clicks uniqueClicks previews bots selfClicks registrations attendances selfReferrals outsideWindow
                  cost costPerRegistration timeZone daily { day shares clicks registrations } } } } }`,
      { representations: [{ __typename: 'Campaign', id: live.campaignId }] },
    );
    const metrics = _entities[0]!.metrics;
    // Outside the window: the late lead of the old link and the webhook lead dated 1970.
    expect(metrics).toMatchObject({ timeZone: 'America/Los_Angeles', cost: 1200, selfReferrals: expect.any(Number), outsideWindow: 2 });
    const total = (field: string) => metrics.daily.reduce((sum, day) => sum + Number(day[field]), 0);
    expect(total('clicks')).toBe(metrics.clicks);
    expect(total('shares')).toBe(metrics.shares);
    expect(total('registrations')).toBe(metrics.registrations);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(new Date());
    expect(metrics.daily.at(-1)!.day).toBe(today);
  });

  it('returns advocate metrics on participants', async () => {
    const { _entities } = await graphql<{ _entities: { advocateMetrics: Record<string, unknown> }[] }>(
      harness,
      identity,
      `query($representations: [_Any!]!, $campaignId: ID) { _entities(representations: $representations) { ... on Participant {
        advocateMetrics(campaignId: $campaignId) { participantId invitations activeCampaigns shares clicks selfClicks } } } }`,
      { representations: [{ __typename: 'Participant', id: people.selfClicker.participantId }], campaignId: live.campaignId },
    );
    expect(_entities[0]!.advocateMetrics).toEqual({
      participantId: people.selfClicker.participantId,
      invitations: 1,
      activeCampaigns: 0,
      shares: 0,
      clicks: 1,
      selfClicks: 1,
    });
  });

  it('returns ecosystem metrics', async () => {
    const { ecosystemMetrics } = await graphql<{ ecosystemMetrics: { campaigns: number; invited: number; cost: number } }>(
      harness,
      identity,
      `query($id: ID!) { ecosystemMetrics(ecosystemId: $id) { campaigns invited cost } }`,
      { id: live.ecosystemId },
    );
    expect(ecosystemMetrics).toEqual({ campaigns: 2, invited: 12, cost: 1200 });
  });

  it('shows another organization nothing', async () => {
    const other = identityFor(randomUUID());
    const { _entities } = await graphql<{ _entities: Record<string, unknown>[] }>(
      harness,
      other,
      `query($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Campaign { metrics { shares } } ... on Participant { advocateMetrics { clicks invitations } } } }`,
      {
        representations: [
          { __typename: 'Campaign', id: live.campaignId },
          { __typename: 'Participant', id: people.selfClicker.participantId },
        ],
      },
    );
    expect(_entities).toEqual([{ metrics: null }, { advocateMetrics: { clicks: 0, invitations: 0 } }]);
    const { ecosystemMetrics } = await graphql<{ ecosystemMetrics: { campaigns: number } }>(
      harness,
      other,
      `query($id: ID!) { ecosystemMetrics(ecosystemId: $id) { campaigns } }`,
      { id: live.ecosystemId },
    );
    expect(ecosystemMetrics.campaigns).toBe(0);
  });
});
