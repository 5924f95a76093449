/**
 * Integration: reproduces the published result of the Salesforce Virtual
 * Summit advocacy campaign: 2,939 LinkedIn shares, 47.9M potential reach,
 * 12,562 clicks, $2 per attendee and 62% of registrants attending. An
 * input stream of the same shape goes through the real consumers and
 * endpoints of tracking. Invitations arrive as campaigns events, shares by
 * share buttons and by GraphQL, clicks through the redirect. Conversions
 * come through the public endpoint, as browser posts, by the signed
 * webhook and by GraphQL.
 * The stream also carries what must not count: burst intents, previews,
 * HEAD requests, prefetches, bots, the advocates' own clicks, duplicate
 * and self-referred conversions, conversions after the attribution window
 * and webhook replays. The cost ($620) and registrations (500, of whom 310
 * attend) are chosen to give exactly $2 per attendee and 62%.
 */
import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { signatureHeader } from '../src/conversions/webhook-signature.js';
import {
  campaignSnapshot,
  count,
  graphql,
  type Harness,
  identityFor,
  inParallel,
  type Invitee,
  invitationEvent,
  publishCampaignEvents,
  startHarness,
  until,
} from './support/tracking-harness.js';

jest.setTimeout(240_000);

const PUBLISHED = { linkedinShares: 2_939, potentialReach: 47_900_000, clicks: 12_562, costPerAttendee: 2, attendanceRate: 0.62 };
const INVITED = 3_500;
const SHARERS = 2_650;
const SECOND_SHARES = PUBLISHED.linkedinShares - SHARERS;
const INTENT_SHARERS = 1_500;
const BURST_INTENTS = 200;
const UNIQUE_CLICKS = 11_020;
const REPEAT_CLICKS = PUBLISHED.clicks - UNIQUE_CLICKS;
const NOISE = { linkPreviews: 700, heads: 300, prefetches: 150, bots: 250, selfClicks: 120 };
const REGISTRATIONS = 500;
const ATTENDANCES = 310;
const COST_MINOR = 62_000;
const REJECTED = { duplicates: 40, selfByEmail: 15, selfByBrowser: 10, outsideWindow: 8, replays: 5 };

const organizationId = randomUUID();
const identity = identityFor(organizationId);
const campaign = campaignSnapshot({ costMinor: COST_MINOR, activationTarget: 0.5, name: 'Virtual summit advocacy' });
const browser = (label: string) =>
  `Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 ${label}`;
/** Distinct client addresses from the benchmarking range 198.18.0.0/15. */
const address = (index: number) => `198.${18 + ((index >> 16) & 1)}.${(index >> 8) & 255}.${index & 255}`;

/** Deterministic PRNG (mulberry32), so every run feeds the same stream. */
function random(seed: number): () => number {
  let state = seed;

  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;

    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Long-tailed audience sizes, at least 40 each, summing to exactly `total`. */
function audienceSizes(count: number, total: number): number[] {
  const next = random(2939);
  const raw = Array.from({ length: count }, () => {
    const gaussian = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());

    return Math.exp(9 + 1.1 * gaussian);
  });
  const scale = (total - 40 * count) / raw.reduce((sum, value) => sum + value, 0);
  const sizes = raw.map((value) => 40 + Math.floor(value * scale));
  const remainder = total - sizes.reduce((sum, value) => sum + value, 0);
  for (let index = 0; index < remainder; index++) sizes[index % count]!++;

  return sizes;
}

const sizes = audienceSizes(SHARERS, PUBLISHED.potentialReach);
const invitees: Invitee[] = Array.from({ length: INVITED }, (_, index) => ({
  invitationId: randomUUID(),
  participantId: randomUUID(),
  email: `advocate-${index}@summit-attendees.example`,
  code: `S${randomUUID().replace(/-/g, '').slice(0, 9)}`,
  // Sharers 750 to 1499 report their size from the share page instead of the invitation.
  networkSize: index < SHARERS && !(index >= 750 && index < INTENT_SHARERS) ? sizes[index] : null,
  invitedAt: index >= INVITED - REJECTED.outsideWindow ? new Date(Date.now() - 40 * 86_400_000).toISOString() : undefined,
}));
const sharers = invitees.slice(0, SHARERS);

let harness: Harness;

const redirect = (link: Invitee, headers: Record<string, string>, method = 'GET') =>
  fetch(`${harness.publicUrl}/r/${link.code}`, { method, redirect: 'manual', headers });

async function post(path: string, body: string, headers: Record<string, string>) {
  const response = await fetch(`${harness.publicUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  await response.arrayBuffer();

  return response.status;
}

function expectAll(statuses: number[], expected: number, what: string): void {
  const wrong = statuses.filter((status) => status !== expected);
  if (wrong.length > 0) throw new Error(`${what}: ${wrong.length} answers were not ${expected} (first: ${wrong[0]})`);
}

async function inviteEveryone(): Promise<void> {
  await publishCampaignEvents(harness, organizationId, [
    { type: 'campaign.created', key: campaign.campaignId, data: campaign },
    ...invitees.map((invitee) => invitationEvent(campaign.campaignId, invitee)),
  ]);
  await until(
    'every invitation',
    async () => (await count(harness, `select count(*) from invitation_record where campaign_id = ?`, [campaign.campaignId])) === INVITED,
    120_000,
  );
}

async function share(): Promise<void> {
  const origin = 'https://share.example.org';
  const intents = await inParallel(sharers.slice(0, INTENT_SHARERS), 12, async (sharer, index) => {
    const body = JSON.stringify(index < 750 ? { code: sharer.code } : { code: sharer.code, networkSize: sizes[index] });
    const headers = { origin, 'x-forwarded-for': address(20_000 + index) };
    const first = await post('/v1/share-intents', body, headers);
    // A double click and a retry of the same button arrive within the deduplication window.
    const burst = index < BURST_INTENTS ? await Promise.all([post('/v1/share-intents', body, headers), post('/v1/share-intents', body, headers)]) : [];

    return [first, ...burst];
  });
  expectAll(intents.map((statuses) => statuses[0]!), 201, 'share intents');
  expectAll(intents.flatMap((statuses) => statuses.slice(1)), 200, 'burst intents');

  const recordShare = (sharer: Invitee, networkSize: number) =>
    graphql(harness, identity, `mutation($input: RecordShareInput!) { recordShare(input: $input) { id } }`, {
      input: { invitationId: sharer.invitationId, network: 'LINKEDIN', networkSize },
    });
  await inParallel(sharers.slice(INTENT_SHARERS), 8, (sharer, index) => recordShare(sharer, sizes[INTENT_SHARERS + index]!));
  // A second post to the same followers adds a share but no reach.
  await inParallel(sharers.slice(0, SECOND_SHARES), 8, (sharer, index) => recordShare(sharer, Math.floor(sizes[index]! * 0.8)));
}

interface Visit {
  link: Invitee;
  ip: string;
  agent: string;
}

/** Builds the people who clicked: one per unique click, spread over the links by audience size. */
function visitsOfPeople(): Visit[] {
  const next = random(12562);
  const cumulative: number[] = [];
  sizes.reduce((sum, size, index) => (cumulative[index] = sum + size), 0);
  const pick = () => {
    const target = next() * PUBLISHED.potentialReach;
    let low = 0;
    let high = SHARERS - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }

    return sharers[low]!;
  };

  return Array.from({ length: UNIQUE_CLICKS }, (_, index) => ({ link: pick(), ip: address(index + 1), agent: browser(`visitor-${index}`) }));
}

async function click(visits: Visit[]): Promise<string[]> {
  const refs = await inParallel(visits, 16, async (visit) => {
    const response = await redirect(visit.link, { 'x-forwarded-for': visit.ip, 'user-agent': visit.agent });
    if (response.status !== 302) throw new Error(`redirect answered ${response.status}`);

    return new URL(response.headers.get('location')!).searchParams.get('alg_ref')!;
  });
  const repeats = Array.from({ length: REPEAT_CLICKS }, (_, index) => visits[(index * 7) % UNIQUE_CLICKS]!);
  expectAll(
    await inParallel(repeats, 16, async (visit) => (await redirect(visit.link, { 'x-forwarded-for': visit.ip, 'user-agent': visit.agent })).status),
    302,
    'repeat clicks',
  );

  return refs;
}

async function sendNoise(): Promise<void> {
  const noise: { link: Invitee; headers: Record<string, string>; method: string }[] = [];
  const link = (index: number) => sharers[(index * 13) % SHARERS]!;
  let ip = 100_000;
  for (let index = 0; index < NOISE.linkPreviews; index++) {
    noise.push({
      link: link(index),
      method: 'GET',
      headers: { 'x-forwarded-for': address(ip++), 'user-agent': 'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)' },
    });
  }
  for (let index = 0; index < NOISE.heads; index++) {
    noise.push({ link: link(index + 1), method: 'HEAD', headers: { 'x-forwarded-for': address(ip++), 'user-agent': browser('unfurler') } });
  }
  for (let index = 0; index < NOISE.prefetches; index++) {
    noise.push({ link: link(index + 2), method: 'GET', headers: { 'x-forwarded-for': address(ip++), 'user-agent': browser('prefetch'), 'sec-purpose': 'prefetch' } });
  }
  for (let index = 0; index < NOISE.bots; index++) {
    const agent = index % 2 === 0 ? 'curl/8.5.0' : 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
    noise.push({ link: link(index + 3), method: 'GET', headers: { 'x-forwarded-for': address(ip++), 'user-agent': agent } });
  }
  expectAll(await inParallel(noise, 16, async (entry) => (await redirect(entry.link, entry.headers, entry.method)).status), 302, 'noise');

  // Advocates open their share page (the pixel), then their own link from the same browser.
  expectAll(
    await inParallel(sharers.slice(0, NOISE.selfClicks), 8, async (sharer, index) => {
      const headers = { 'x-forwarded-for': address(30_000 + index), 'user-agent': browser(`advocate-${index}`) };
      const pixel = await fetch(`${harness.publicUrl}/v1/advocate-seen/${sharer.code}`, { headers });
      if (pixel.status !== 200) throw new Error(`pixel answered ${pixel.status}`);

      return (await redirect(sharer, headers)).status;
    }),
    302,
    'self clicks',
  );
}

async function convert(visits: Visit[], refs: string[]): Promise<void> {
  const secret = (
    await graphql<{ createWebhookSecret: { secret: string } }>(harness, identity, `mutation { createWebhookSecret { secret } }`)
  ).createWebhookSecret.secret;
  const registrant = (index: number) => {
    const visitIndex = index * 22;

    return { ref: refs[visitIndex]!, visit: visits[visitIndex]!, email: `registrant-${index}@prospects.example` };
  };
  const webhook = (body: string, deliveryId: string) =>
    post(`/v1/webhooks/${organizationId}/conversions`, body, {
      'x-alg-signature': signatureHeader(secret, Math.floor(Date.now() / 1000), body),
      'x-alg-delivery': deliveryId,
    });

  const registrations = await inParallel(Array.from({ length: REGISTRATIONS }, (_, index) => index), 8, async (index) => {
    const { ref, visit, email } = registrant(index);
    const body = JSON.stringify({ ref, kind: 'registration', email, name: `Registrant ${index}` });
    if (index < 300) return post('/v1/conversions', body, { 'x-forwarded-for': visit.ip, 'user-agent': visit.agent });
    if (index < 400) {
      const headers = { 'content-type': 'text/plain;charset=UTF-8', origin: 'https://events.example.com', 'x-forwarded-for': visit.ip, 'user-agent': visit.agent };
      return post('/v1/conversions', body, headers);
    }

    return webhook(body, `registration-${index}`);
  });
  expectAll(registrations, 201, 'registrations');

  const attendances = await inParallel(Array.from({ length: ATTENDANCES }, (_, index) => index), 8, async (index) => {
    const { ref, email } = registrant(index);
    if (index < 200) return webhook(JSON.stringify({ ref, kind: 'attendance', email }), `attendance-${index}`);
    await graphql(harness, identity, `mutation($input: RecordConversionInput!) { recordConversion(input: $input) { id } }`, {
      input: { ref, kind: 'ATTENDANCE', email },
    });

    return 201;
  });
  expectAll(attendances, 201, 'attendances');

  const rejected = await Promise.all([
    inParallel(Array.from({ length: REJECTED.duplicates }, (_, index) => registrant(index)), 8, ({ ref, visit, email }) =>
      post('/v1/conversions', JSON.stringify({ ref, kind: 'registration', email }), { 'x-forwarded-for': visit.ip }),
    ),
    inParallel(Array.from({ length: REJECTED.replays }, (_, index) => index), 4, (index) => {
      const { ref, email } = registrant(index);

      return webhook(JSON.stringify({ ref, kind: 'attendance', email }), `attendance-${index}`);
    }),
  ]);
  expectAll(rejected[0], 200, 'duplicate registrations');
  expectAll(rejected[1], 201, 'webhook replays');

  const selfReferrals = await Promise.all([
    inParallel(sharers.slice(200, 200 + REJECTED.selfByEmail), 4, (sharer, index) =>
      post('/v1/conversions', JSON.stringify({ ref: sharer.code, kind: 'registration', email: sharer.email }), { 'x-forwarded-for': address(40_000 + index) }),
    ),
    inParallel(sharers.slice(0, REJECTED.selfByBrowser), 4, (sharer, index) =>
      post('/v1/conversions', JSON.stringify({ ref: sharer.code, kind: 'registration', email: `colleague-of-${index}@prospects.example` }), {
        'content-type': 'text/plain',
        origin: 'https://events.example.com',
        'x-forwarded-for': address(30_000 + index),
        'user-agent': browser(`advocate-${index}`),
      }),
    ),
    inParallel(invitees.slice(INVITED - REJECTED.outsideWindow), 4, (late, index) =>
      post('/v1/conversions', JSON.stringify({ ref: late.code, kind: 'registration', email: `late-${index}@prospects.example` }), { 'x-forwarded-for': address(41_000 + index) }),
    ),
  ]);
  expectAll(selfReferrals.flat(), 201, 'uncredited conversions');
}

interface Metrics {
  invited: number;
  activated: number;
  activationRate: number;
  targetMet: boolean;
  shares: number;
  potentialReach: number;
  byNetwork: { network: string; shares: number; potentialReach: number; clicks: number; uniqueClicks: number }[];
  clicks: number;
  uniqueClicks: number;
  previews: number;
  bots: number;
  selfClicks: number;
  clicksPerShare: number;
  clickThroughRate: number;
  conversions: number;
  registrations: number;
  attendances: number;
  selfReferrals: number;
  outsideWindow: number;
  registrationToAttendanceRate: number;
  cost: number;
  costPerRegistration: number;
  costPerAttendee: number;
  daily: { clicks: number; shares: number; registrations: number; attendances: number }[];
}

const METRICS_QUERY = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Campaign { metrics {
  invited activated activationRate targetMet shares potentialReach
  byNetwork { network shares potentialReach clicks uniqueClicks }
  clicks uniqueClicks previews bots selfClicks clicksPerShare clickThroughRate
  conversions registrations attendances selfReferrals outsideWindow registrationToAttendanceRate
  cost costPerRegistration costPerAttendee daily { clicks shares registrations attendances } } } } }`;

async function metrics(): Promise<Metrics> {
  const { _entities } = await graphql<{ _entities: { metrics: Metrics }[] }>(harness, identity, METRICS_QUERY, {
    representations: [{ __typename: 'Campaign', id: campaign.campaignId }],
  });

  return _entities[0]!.metrics;
}

let result: Metrics;
const totalRequests = PUBLISHED.clicks + NOISE.linkPreviews + NOISE.heads + NOISE.prefetches + NOISE.bots + NOISE.selfClicks;

beforeAll(async () => {
  harness = await startHarness();
  await inviteEveryone();
  await share();
  const visits = visitsOfPeople();
  const refs = await click(visits);
  await sendNoise();
  await until(
    'every click in the database',
    async () => (await count(harness, `select count(*) from click where campaign_id = ?`, [campaign.campaignId])) === totalRequests,
    120_000,
  );
  await convert(visits, refs);
  result = await metrics();
});

afterAll(async () => {
  await harness?.stop();
});

describe('Salesforce Virtual Summit reproduction', () => {
  it('counts 2,939 LinkedIn shares', () => {
    expect(result.shares).toBe(2_939);
    expect(result.byNetwork).toEqual([expect.objectContaining({ network: 'LINKEDIN', shares: 2_939 })]);
  });

  it('counts 47.9M potential reach', () => {
    expect(result.potentialReach).toBe(47_900_000);
    expect(result.byNetwork[0]!.potentialReach).toBe(47_900_000);
  });

  it('counts 12,562 clicks', () => {
    expect(result.clicks).toBe(12_562);
    expect(result.byNetwork[0]!.clicks).toBe(12_562);
    expect(result.uniqueClicks).toBe(UNIQUE_CLICKS);
  });

  it('keeps previews, bots and self-clicks out', () => {
    expect(result.previews).toBe(NOISE.linkPreviews + NOISE.heads + NOISE.prefetches);
    expect(result.bots).toBe(NOISE.bots);
    expect(result.selfClicks).toBe(NOISE.selfClicks);
  });

  it('costs $2 per attendee', () => {
    expect(result.cost).toBe(620);
    expect(result.attendances).toBe(310);
    expect(result.costPerAttendee).toBe(2);
  });

  it('converts 62% of registrants', () => {
    expect(result.registrations).toBe(500);
    expect(result.registrationToAttendanceRate).toBe(0.62);
  });

  it('keeps rejected conversions out', () => {
    expect(result.conversions).toBe(REGISTRATIONS + ATTENDANCES);
    expect(result.selfReferrals).toBe(REJECTED.selfByEmail + REJECTED.selfByBrowser);
    expect(result.outsideWindow).toBe(REJECTED.outsideWindow);
  });

  it('derives the ratios', () => {
    expect(result.clicksPerShare).toBeCloseTo(12_562 / 2_939, 12);
    expect(result.clickThroughRate).toBeCloseTo(12_562 / 47_900_000, 15);
    expect(result.costPerRegistration).toBe(1.24);
    expect(result.invited).toBe(INVITED);
    expect(result.activated).toBe(SHARERS);
    expect(result.activationRate).toBeCloseTo(SHARERS / INVITED, 12);
    expect(result.targetMet).toBe(true);
  });

  it('splits the same totals by day', () => {
    const total = (field: 'clicks' | 'shares' | 'registrations' | 'attendances') => result.daily.reduce((sum, day) => sum + day[field], 0);
    expect([total('shares'), total('clicks'), total('registrations'), total('attendances')]).toEqual([2_939, 12_562, 500, 310]);
  });
});
