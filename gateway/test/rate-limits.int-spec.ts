/**
 * Integration: the gateway's per-credential and per-address rate limits, on
 * the built gateway process in front of a real campaigns service on the
 * test database. The limits are small and the window is 5 seconds, so the
 * reset is observed by waiting for Retry-After.
 */
import { jest } from '@jest/globals';
import { type GatewayProcess, startGateway } from './support/gateway-process.js';
import { type CampaignsApp, createOrganization, gatewayEnvFor, startCampaignsBackend, type TestOrganization } from './support/campaigns-backend.js';

jest.setTimeout(120_000);

const WINDOW_SECONDS = 5;
const REQUESTS_PER_CREDENTIAL = 5;
const REQUESTS_PER_IP = 3;
const MUTATIONS_PER_CREDENTIAL = 2;
const COST_PER_CREDENTIAL = 50_000;
const SIGN_INS = 3;

let campaigns: CampaignsApp;
let gateway: GatewayProcess;
let organization: TestOrganization;

interface GraphqlAnswer {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function graphql(token: string | null, query: string, headers: Record<string, string> = {}): Promise<GraphqlAnswer> {
  const response = await fetch(gateway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query }),
  });

  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphqlAnswer['body'] };
}

const ORGANIZATION = '{ organization { id } }';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function signIn(email: string, password: string, address: string) {
  const response = await fetch(`${gateway.url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ email, password }),
  });

  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> & { token?: string } };
}

beforeAll(async () => {
  campaigns = await startCampaignsBackend();
  organization = await createOrganization(campaigns);
  gateway = await startGateway({
    ...gatewayEnvFor(campaigns),
    TRUST_PROXY: '1',
    RATE_LIMIT_WINDOW_SECONDS: String(WINDOW_SECONDS),
    RATE_LIMIT_REQUESTS_PER_CREDENTIAL: String(REQUESTS_PER_CREDENTIAL),
    RATE_LIMIT_REQUESTS_PER_IP: String(REQUESTS_PER_IP),
    RATE_LIMIT_MUTATIONS_PER_CREDENTIAL: String(MUTATIONS_PER_CREDENTIAL),
    RATE_LIMIT_COST_PER_CREDENTIAL: String(COST_PER_CREDENTIAL),
    RATE_LIMIT_SIGN_INS: String(SIGN_INS),
  });
});

afterAll(async () => {
  await gateway?.stop();
  await campaigns?.close();
});

describe('gateway rate limits per credential', () => {
  let limitedKey: string;
  let retryAfter: number;

  it('answers 429 past the limit of a key', async () => {
    limitedKey = await organization.apiKey('limited');
    const allowed: GraphqlAnswer[] = [];
    for (let i = 0; i < REQUESTS_PER_CREDENTIAL; i++) allowed.push(await graphql(limitedKey, ORGANIZATION));
    const over = await graphql(limitedKey, ORGANIZATION);
    retryAfter = Number(over.headers.get('retry-after'));

    expect(allowed.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    expect(allowed.map((answer) => answer.headers.get('ratelimit-remaining'))).toEqual(['4', '3', '2', '1', '0']);
    expect(allowed[0]!.headers.get('ratelimit-limit')).toBe(String(REQUESTS_PER_CREDENTIAL));
    expect(Number(allowed[0]!.headers.get('ratelimit-reset'))).toBeLessThanOrEqual(WINDOW_SECONDS);
    expect(over.status).toBe(429);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
    expect(over.body.data).toBeUndefined();
    expect(over.body.errors).toEqual([
      {
        message: `Rate limit exceeded: ${REQUESTS_PER_CREDENTIAL} requests per credential allowed per ${WINDOW_SECONDS} s; retry in ${retryAfter} s.`,
        extensions: { code: 'RATE_LIMITED', limit: 'requests_per_credential', retryAfterSeconds: retryAfter },
      },
    ]);
  });

  it('leaves another key of the organization unaffected', async () => {
    const other = await graphql(await organization.apiKey('unaffected'), ORGANIZATION);

    expect(other.status).toBe(200);
    expect(other.body.data).toEqual({ organization: { id: organization.organizationId } });
  });

  it('counts imports against the same key', async () => {
    const response = await fetch(`${gateway.url}/v1/imports?ecosystemId=00000000-0000-4000-8000-000000000000&preset=PLAIN`, {
      method: 'POST',
      headers: { authorization: `Bearer ${limitedKey}`, 'content-type': 'text/csv' },
      body: 'email\nada@example.com\n',
    });
    const body = (await response.json()) as { error: { code: string; limit: string } };

    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).not.toBeNull();
    expect(body.error.code).toBe('RATE_LIMITED');
    expect(body.error.limit).toBe('requests_per_credential');
  });

  it('starts again after the window', async () => {
    await sleep(retryAfter * 1000 + 200);
    const again = await graphql(limitedKey, ORGANIZATION);

    expect(again.status).toBe(200);
    expect(again.headers.get('ratelimit-remaining')).toBe(String(REQUESTS_PER_CREDENTIAL - 1));
  });

  it('counts a console user across sessions', async () => {
    await organization.addMember('limited.user@example.com', 'VIEWER', 'correct horse battery staple');
    const first = await signIn('limited.user@example.com', 'correct horse battery staple', '203.0.113.30');
    const second = await signIn('limited.user@example.com', 'correct horse battery staple', '203.0.113.31');
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);

    const statuses: number[] = [];
    for (let i = 0; i < REQUESTS_PER_CREDENTIAL; i++) statuses.push((await graphql(i % 2 ? second.body.token! : first.body.token!, ORGANIZATION)).status);
    const over = await graphql(first.body.token!, ORGANIZATION);

    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    expect(over.status).toBe(429);
  });

  it('limits mutations apart from queries', async () => {
    const key = await organization.apiKey('writer');
    const create = (name: string) => graphql(key, `mutation { createEcosystem(input: { name: "${name}", kind: EVENT_ATTENDEES }) { id } }`);
    const allowed = [await create('first'), await create('second')];
    const over = await create('third');
    const query = await graphql(key, ORGANIZATION);

    expect(allowed.map((answer) => answer.status)).toEqual([200, 200]);
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(over.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'mutations_per_credential' });
    expect(over.body.errors?.[0]?.message).toMatch(
      new RegExp(`^Rate limit exceeded: ${MUTATIONS_PER_CREDENTIAL} mutations per credential allowed per ${WINDOW_SECONDS} s; retry in \\d s\\.$`),
    );
    expect(query.status).toBe(200);
  });

  it('limits the estimated cost per credential', async () => {
    // Each alias costs 1 for the list, 500 for nodes and 500 for each of its
    // 6 fields: 3,501, so six aliases cost 21,006 and two requests fit in 50,000.
    const block = (alias: string) => `${alias}: ecosystems(first: 500) { nodes { id name kind description createdAt updatedAt } }`;
    const expensive = `{ ${['a', 'b', 'c', 'd', 'e', 'f'].map(block).join(' ')} }`;
    const key = await organization.apiKey('reader');
    const allowed = [await graphql(key, expensive), await graphql(key, expensive)];
    const over = await graphql(key, expensive);
    const cheap = await graphql(key, ORGANIZATION);

    expect(allowed.map((answer) => answer.status)).toEqual([200, 200]);
    expect(over.status).toBe(429);
    expect(over.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'cost_per_credential' });
    expect(over.body.errors?.[0]?.message).toContain('50,000 cost points per credential');
    expect(cheap.status).toBe(200);
  });
});

describe('gateway rate limits per client address', () => {
  it('limits requests without a valid credential', async () => {
    const from = (address: string) => ({ 'x-forwarded-for': address });
    const rejected: GraphqlAnswer[] = [];
    for (let i = 0; i < REQUESTS_PER_IP; i++) rejected.push(await graphql(i === 0 ? null : 'alg_wrong_key', ORGANIZATION, from('203.0.113.10')));
    const over = await graphql(null, ORGANIZATION, from('203.0.113.10'));
    const neighbour = await graphql(null, ORGANIZATION, from('203.0.113.11'));

    expect(rejected.map((answer) => answer.status)).toEqual([401, 401, 401]);
    expect(rejected.map((answer) => answer.headers.get('ratelimit-remaining'))).toEqual(['2', '1', '0']);
    expect(rejected[0]!.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(over.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'requests_per_address' });
    expect(over.body.errors?.[0]?.message).toContain(`${REQUESTS_PER_IP} requests without a valid credential per client address`);
    expect(neighbour.status).toBe(401);
  });

  it('lets a valid key through from a limited address', async () => {
    const answer = await graphql(await organization.apiKey('behind-nat'), ORGANIZATION, { 'x-forwarded-for': '203.0.113.10' });

    expect(answer.status).toBe(200);
  });

  it('ignores addresses that the client adds', async () => {
    // TRUST_PROXY=1 trusts the one proxy in front, so only the right-most address counts.
    const spoofed = await graphql(null, ORGANIZATION, { 'x-forwarded-for': '198.51.100.77, 203.0.113.10' });

    expect(spoofed.status).toBe(429);
  });

  it('counts an address with a port as the address', async () => {
    const remaining = [];
    for (const address of ['198.51.100.91', '198.51.100.91:1234', '198.51.100.91:5678']) {
      remaining.push((await graphql(null, ORGANIZATION, { 'x-forwarded-for': address })).headers.get('ratelimit-remaining'));
    }

    expect(remaining).toEqual(['2', '1', '0']);
  });

  it('counts a bracketed IPv6 address with a port per /64', async () => {
    const first = await graphql(null, ORGANIZATION, { 'x-forwarded-for': '[2001:db8:5::1]:5678' });
    const second = await graphql(null, ORGANIZATION, { 'x-forwarded-for': '2001:db8:5::2' });

    expect(first.headers.get('ratelimit-remaining')).toBe('2');
    expect(second.headers.get('ratelimit-remaining')).toBe('1');
  });

  it('shares one bucket for values that are not addresses', async () => {
    const statuses = [];
    for (const value of ['garbage-1', 'garbage-2', '<script>', 'example.com:443']) {
      statuses.push((await graphql(null, ORGANIZATION, { 'x-forwarded-for': value })).status);
    }

    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('limits sign-in attempts', async () => {
    const attempts = [];
    for (let i = 0; i <= SIGN_INS; i++) attempts.push(await signIn(`nobody${i}@example.com`, 'wrong password!', '203.0.113.50'));
    const over = attempts[SIGN_INS]!;

    expect(attempts.slice(0, SIGN_INS).map((attempt) => attempt.status)).toEqual([401, 401, 401]);
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(over.body.error).toMatchObject({ code: 'RATE_LIMITED' });
    expect((over.body.error as { message: string }).message).toContain(`${SIGN_INS} sign-in attempts per client address`);
  });
});

describe('gateway audit client address', () => {
  it('stores a normalized address or none', async () => {
    const admin = await organization.apiKey('audit-address', { role: 'ADMIN' });
    const cases = [
      ['198.51.100.91:1234', '198.51.100.91'],
      ['[2001:db8::7]:443', '2001:db8::7'],
      ['<script>', null],
    ] as const;
    for (const [forwarded] of cases) {
      await graphql(admin, 'mutation AuditAddress { endCampaign(id: "00000000-0000-4000-8000-000000000000") { id } }', {
        'x-forwarded-for': forwarded,
      });
    }
    const log = await graphql(admin, '{ auditLog(first: 10) { nodes { operation clientAddress } } }');
    const nodes = (log.body.data as { auditLog: { nodes: { operation: string; clientAddress: string | null }[] } }).auditLog.nodes;
    const stored = nodes.filter((node) => node.operation === 'AuditAddress').map((node) => node.clientAddress).reverse();

    expect(stored).toEqual(cases.map(([, expected]) => expected));
  });
});
