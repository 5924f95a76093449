/**
 * Integration: request rules of the built gateway that do not depend on
 * rate limits: batched operations, introspection, operation limits, body
 * sizes, and the configuration checks at start.
 */
import { jest } from '@jest/globals';
import { type GatewayProcess, startGateway } from './support/gateway-process.js';
import { type CampaignsApp, createOrganization, gatewayEnvFor, SECRET, startCampaignsBackend } from './support/campaigns-backend.js';

jest.setTimeout(120_000);

let campaigns: CampaignsApp;
let gateway: GatewayProcess;
let apiKey: string;

async function post(url: string, body: unknown, token: string | null = apiKey) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();

  return { status: response.status, body: JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[]; error?: { code: string; message: string } } };
}

/** Posts a body as is, with an API key, and returns the text and the parsed JSON when it is JSON. */
async function rawPost(url: string, body: string, headers: Record<string, string>) {
  const response = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${apiKey}`, ...headers }, body });
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.includes('application/json') ?? false;

  return { status: response.status, text, json: isJson ? (JSON.parse(text) as { errors?: { message: string; extensions?: Record<string, unknown> }[] }) : null };
}

beforeAll(async () => {
  campaigns = await startCampaignsBackend();
  const organization = await createOrganization(campaigns);
  apiKey = await organization.apiKey('endpoint-rules', { role: 'VIEWER' });
  gateway = await startGateway(gatewayEnvFor(campaigns));
});

afterAll(async () => {
  await gateway?.stop();
  await campaigns?.close();
});

describe('gateway GraphQL endpoint', () => {
  it('rejects a batch of operations', async () => {
    const answer = await post(gateway.graphqlUrl, [{ query: '{ organization { id } }' }, { query: '{ organization { slug } }' }]);

    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(answer.body.errors?.[0]?.message).toBe('Operation batching disabled.');
  });

  it.each(['{ __schema { queryType { name } } }', '{ __type(name: "Query") { name } }'])('rejects introspection by default: %s', async (query) => {
    const answer = await post(gateway.graphqlUrl, { query });

    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', validationErrorCode: 'INTROSPECTION_DISABLED' });
    expect(answer.body.errors?.[0]?.message).toContain('it is enabled with GRAPHQL_INTROSPECTION=true');
  });

  it('answers __typename without introspection', async () => {
    const answer = await post(gateway.graphqlUrl, { query: '{ __typename }' });

    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ __typename: 'Query' });
  });

  it('answers introspection when enabled', async () => {
    const open = await startGateway({ ...gatewayEnvFor(campaigns), GRAPHQL_INTROSPECTION: 'true' });
    try {
      const answer = await post(open.graphqlUrl, { query: '{ __schema { queryType { name } } }' });

      expect(answer.status).toBe(200);
      expect(answer.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await open.stop();
    }
  });

  it('answers an operation over a limit with 400', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: organization { id }`).join(' ');
    const answer = await post(gateway.graphqlUrl, { query: `{ ${aliases} }` });

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'TOO_MANY_ALIASES', maxAliases: 30 });
  });

  it('rejects a sign-in body over 16 KiB', async () => {
    const answer = await post(`${gateway.url}/auth/login`, { email: 'ada@example.com', password: 'x'.repeat(17_000) }, null);

    expect(answer.status).toBe(413);
    expect(answer.body.error).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: 'The request body is over 16 KiB; send a smaller body.' });
  });

  it('rejects truncated sign-in JSON', async () => {
    const answer = await post(`${gateway.url}/auth/login`, '{"email":"ada@example.com","pass', null);

    expect(answer.status).toBe(400);
    expect(answer.body.error?.code).toBe('BAD_REQUEST');
    expect(answer.body.error?.message).toContain('The request body is not valid JSON');
  });

  it('counts the default of an omitted variable', async () => {
    const query = 'query($n: Int = 500) { campaigns(first: $n) { nodes { leaderboard(first: $n) { rank participant { id email } } } } }';
    const omitted = await post(gateway.graphqlUrl, { query });
    const supplied = await post(gateway.graphqlUrl, { query, variables: { n: 500 } });

    expect(omitted.status).toBe(400);
    expect(omitted.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(omitted.body.errors?.[0]?.extensions?.cost).toBe(supplied.body.errors?.[0]?.extensions?.cost);
  });

  it('answers truncated JSON with a GraphQL error', async () => {
    const answer = await rawPost(gateway.graphqlUrl, '{"query":"{ organization { id', { 'content-type': 'application/json' });

    expect(answer.status).toBe(400);
    expect(answer.json?.errors?.[0]?.extensions).toEqual({ code: 'BAD_REQUEST' });
    expect(answer.json?.errors?.[0]?.message).toContain('The request body is not valid JSON');
    expect(answer.text).not.toContain('node_modules');
  });

  it('answers a body over 25 MiB with 413', async () => {
    const body = JSON.stringify({ query: '{ organization { id } }', variables: { padding: 'x'.repeat(26 * 1024 * 1024) } });
    const answer = await rawPost(gateway.graphqlUrl, body, { 'content-type': 'application/json' });

    expect(answer.status).toBe(413);
    expect(answer.json?.errors?.[0]?.extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE' });
    expect(answer.json?.errors?.[0]?.message).toBe('The request body is over 25 MiB; send a smaller body.');
  });

  it('answers an unsupported content encoding with 415', async () => {
    const answer = await rawPost(gateway.graphqlUrl, '{"query":"{ __typename }"}', { 'content-type': 'application/json', 'content-encoding': 'compress' });

    expect(answer.status).toBe(415);
    expect(answer.json?.errors?.[0]?.extensions).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(answer.json?.errors?.[0]?.message).toContain('unsupported content encoding "compress"');
  });

  it('answers a corrupt gzip body with 400', async () => {
    const answer = await rawPost(gateway.graphqlUrl, 'not gzip data', { 'content-type': 'application/json', 'content-encoding': 'gzip' });

    expect(answer.status).toBe(400);
    expect(answer.json?.errors?.[0]?.extensions).toEqual({ code: 'BAD_REQUEST' });
    expect(answer.text).not.toContain(' at ');
  });

  it('answers 404 for single sign-on when it is not configured', async () => {
    const answer = await post(`${gateway.url}/auth/sso`, { idToken: 'x.y.z' }, null);

    expect(answer.status).toBe(404);
    expect(answer.body.error?.message).toBe('Single sign-on is not configured (OIDC_ISSUER is empty).');
  });
});

describe('gateway configuration', () => {
  it.each([
    [{ RATE_LIMIT_REQUESTS_PER_CREDENTIAL: 'zero' }, 'RATE_LIMIT_REQUESTS_PER_CREDENTIAL="zero" is invalid'],
    [{ RATE_LIMIT_WINDOW_SECONDS: '0' }, 'RATE_LIMIT_WINDOW_SECONDS="0" is invalid'],
    [{ RATE_LIMIT_COST_PER_CREDENTIAL: '1000' }, 'must be at least the cost of one operation, 50000'],
    [{ TRUST_PROXY: 'yes' }, 'TRUST_PROXY="yes" is invalid'],
    [{ OIDC_ISSUER: 'https://idp.example.com' }, 'OIDC_AUDIENCE is missing'],
  ])('refuses to start with %j', async (env, message) => {
    await expect(startGateway({ ...gatewayEnvFor(campaigns), ...env })).rejects.toThrow(message);
  });

  it.each(['PLATFORM_OPERATOR_TOKEN', 'SESSION_SECRET', 'INTERNAL_TOKEN_SECRET'])('refuses development %s in production', async (name) => {
    const secrets = {
      INTERNAL_TOKEN_SECRET: SECRET,
      PLATFORM_OPERATOR_TOKEN: 'a-production-operator-token',
      SESSION_SECRET: 'a-production-session-secret',
    };
    const env = { ...gatewayEnvFor(campaigns), ...secrets, NODE_ENV: 'production' };
    delete (env as Record<string, string>)[name];

    await expect(startGateway(env)).rejects.toThrow(`${name} is missing: NODE_ENV=production does not accept its development default`);
  });

  it('starts in production with every secret set', async () => {
    const production = await startGateway({
      ...gatewayEnvFor(campaigns),
      NODE_ENV: 'production',
      PLATFORM_OPERATOR_TOKEN: 'a-production-operator-token',
      SESSION_SECRET: 'a-production-session-secret',
    });
    try {
      const answer = await post(production.graphqlUrl, { query: '{ __typename }' }, 'development-operator-token');

      expect(answer.status).toBe(401);
    } finally {
      await production.stop();
    }
  });
});
