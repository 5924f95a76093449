/**
 * End-to-end: one advocacy campaign through the gateway and the public
 * tracking endpoints of a stack started from the built services, on real
 * PostgreSQL and Kafka. The expected figures are derived here from the
 * example activity plan, independently of the services.
 */
import { readFileSync } from 'node:fs';
import { jest } from '@jest/globals';
import { resolve } from 'node:path';
import { signIdentity } from '@alg/service-kit';
import { type ActivityPlan, type LoopResult, runAdvocacyLoop } from '../../scripts/lib/advocacy-loop.ts';
import { GraphqlClient, GraphqlError } from '../../scripts/lib/graphql-client.ts';
import { ROOT, type Stack, startStack } from '../../scripts/lib/stack.ts';
import { campaignPoints } from '../../services/scoring/src/scores/points.ts';

jest.setTimeout(240_000);

const plan = JSON.parse(readFileSync(resolve(ROOT, 'examples/virtual-summit-activity.json'), 'utf8')) as ActivityPlan;
const COST = 3600;

let stack: Stack;
let result: LoopResult;
let api: GraphqlClient;

beforeAll(async () => {
  stack = await startStack({
    database: process.env.ALG_TEST_DATABASE ?? 'alg_test',
    portOffset: Number(process.env.ALG_TEST_PORT_OFFSET ?? 100),
    env: { TRUST_PROXY: 'true', LOG_LEVEL: 'warn' },
    log: () => undefined,
  });
  result = await runAdvocacyLoop({
    urls: stack.urls,
    operatorToken: stack.operatorToken,
    slug: `e2e-${Date.now().toString(36)}`,
  });
  api = new GraphqlClient(stack.urls.gateway, result.apiKey);
});

afterAll(async () => {
  await stack?.stop();
});

function expectedReach(): number {
  const largest = new Map<string, number>();
  for (const share of plan.shares) {
    const key = `${share.email}|${share.network}`;
    largest.set(key, Math.max(largest.get(key) ?? 0, share.networkSize));
  }

  return [...largest.values()].reduce((sum, size) => sum + size, 0);
}

describe('advocacy loop metrics', () => {
  const registrations = plan.conversions.length;
  const attendances = plan.conversions.filter((conversion) => conversion.attends).length;
  const humanClicks = plan.visits.reduce((sum, visit) => sum + visit.humans + visit.repeats, 0);

  it('imports the attendee export', () => {
    expect(result.importReport.rowCount).toBe(242);
    expect(result.importReport.createdCount).toBe(240);
    expect(result.importReport.mergedCount).toBe(1);
    expect(result.importReport.rejectedCount).toBe(1);
    expect(result.importReport.rejectedRows).toEqual([
      { record: 201, line: 202, reason: 'invalid e-mail "pat.doe(at)example.com"' },
    ]);
  });

  it('invites every attendee of the session', () => {
    expect(result.invitations).toBe(plan.sessionAttended.length);
    expect(result.campaign.metrics?.invited).toBe(plan.sessionAttended.length);
  });

  it('renders the post with the personal link', () => {
    expect(result.samplePost.text).toContain('Northwind Virtual Summit 2026');
    expect(result.samplePost.text).toContain(result.samplePost.link);
    expect(result.samplePost.link).toMatch(/\/r\/[0-9A-Za-z]{10}$/);
  });

  it('counts activation against the target', () => {
    const sharers = new Set(plan.shares.map((share) => share.email)).size;
    const metrics = result.campaign.metrics!;
    expect(metrics.activated).toBe(sharers);
    expect(metrics.activationRate).toBeCloseTo(sharers / plan.sessionAttended.length, 10);
    expect(metrics.activationTarget).toBe(0.2);
    expect(metrics.targetMet).toBe(true);
  });

  it('counts shares and potential reach', () => {
    const metrics = result.campaign.metrics!;
    expect(metrics.shares).toBe(plan.shares.length);
    expect(metrics.potentialReach).toBe(expectedReach());
  });

  it('counts human clicks but not previews', () => {
    const metrics = result.campaign.metrics!;
    expect(metrics.clicks).toBe(humanClicks);
    expect(metrics.uniqueClicks).toBe(plan.visits.reduce((sum, visit) => sum + visit.humans, 0));
    expect(metrics.previews).toBe(plan.visits.reduce((sum, visit) => sum + visit.previews + visit.heads, 0));
    expect(metrics.clicksPerShare).toBeCloseTo(humanClicks / plan.shares.length, 10);
    expect(metrics.clickThroughRate).toBeCloseTo(humanClicks / expectedReach(), 12);
  });

  it('attributes registrations and costs', () => {
    const metrics = result.campaign.metrics!;
    expect(metrics.registrations).toBe(registrations);
    expect(metrics.attendances).toBe(attendances);
    expect(metrics.conversions).toBe(registrations + attendances);
    expect(metrics.registrationToAttendanceRate).toBeCloseTo(attendances / registrations, 10);
    expect(metrics.costPerRegistration).toBeCloseTo(COST / registrations, 10);
    expect(metrics.costPerAttendee).toBeCloseTo(COST / attendances, 10);
  });

  it('ranks advocates by points from the plan', () => {
    const byAdvocate = new Map<string, { reach: Map<string, number>; unique: number; registrations: number; attendances: number }>();
    const entry = (email: string) => {
      let value = byAdvocate.get(email);
      if (!value) {
        value = { reach: new Map(), unique: 0, registrations: 0, attendances: 0 };
        byAdvocate.set(email, value);
      }

      return value;
    };
    for (const share of plan.shares) {
      const advocate = entry(share.email);
      advocate.reach.set(share.network, Math.max(advocate.reach.get(share.network) ?? 0, share.networkSize));
    }
    // Every planned visitor is distinct, so each one's first click is a unique human click.
    for (const visit of plan.visits) entry(visit.email).unique += visit.humans;
    for (const conversion of plan.conversions) {
      const advocate = entry(conversion.advocate);
      advocate.registrations++;
      if (conversion.attends) advocate.attendances++;
    }
    const expected = [...byAdvocate.entries()]
      .map(([email, activity]) => ({
        email,
        points: campaignPoints({
          networkSizes: [...activity.reach.values()],
          uniqueClicks: activity.unique,
          conversions: { registration: activity.registrations, attendance: activity.attendances },
        }),
      }))
      .sort((a, b) => b.points - a.points)
      .slice(0, 10);

    const leaderboard = result.campaign.leaderboard;
    expect(leaderboard.map((row) => row.points)).toEqual(expected.map((row) => row.points));
    expect(new Set(leaderboard.map((row) => row.participant.email))).toEqual(new Set(expected.map((row) => row.email)));
    expect(leaderboard[0]!.rank).toBe(1);
    expect(leaderboard[0]!.participant.score?.score).toBe(100);
  });

  it('turns registrants into participants with lineage', async () => {
    expect(result.registrants.totalCount).toBe(registrations);
    const { participants } = await api.request<{ participants: { nodes: { id: string; email: string }[] } }>(
      `{ participants(first: 500) { nodes { id email } } }`,
    );
    const emailById = new Map(participants.nodes.map((node) => [node.id, node.email]));
    for (const registrant of result.registrants.nodes) {
      const planned = plan.conversions.find((conversion) => conversion.email === registrant.email);
      expect(registrant.lineage.origin).toBe('CONVERSION');
      expect(registrant.lineage.sourceCampaignId).toBe(result.campaignId);
      expect(emailById.get(registrant.lineage.sourceAdvocateId!)).toBe(planned?.advocate);
    }
  });
});

describe('bad input', () => {
  it('answers an unknown link code with 404', async () => {
    const response = await fetch(`${stack.urls.publicTracking}/r/ZZZZZZZZZZ`, { redirect: 'manual' });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Link not found');
  });

  it('rejects a conversion with an unknown reference', async () => {
    const response = await fetch(`${stack.urls.publicTracking}/v1/conversions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ref: 'AAAAAAAAAA.BBBBBBBBBBBBBBBB', kind: 'registration', email: 'x@example.com' }),
    });
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(response.status).toBe(404);
    expect(body.error.code).toBe('NOT_FOUND');
    expect(body.error.message).toContain('AAAAAAAAAA.BBBBBBBBBBBBBBBB');
  });

  it('rejects a malformed reference naming it', async () => {
    const response = await fetch(`${stack.urls.publicTracking}/v1/conversions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ref: 'not a ref!', kind: 'registration', email: 'x@example.com' }),
    });
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(response.status).toBe(400);
    expect(body.error.code).toBe('BAD_USER_INPUT');
    expect(body.error.message).toContain('"not a ref!"');
  });

  it('rejects an unknown placeholder and stores nothing', async () => {
    const before = await api.request<{ campaigns: { totalCount: number } }>(`{ campaigns { totalCount } }`);
    const campaign = await api.request<{ campaign: { interaction: { id: string }; ecosystem: { id: string } } }>(
      `query($id: ID!) { campaign(id: $id) { interaction { id } ecosystem { id } } }`,
      { id: result.campaignId },
    );
    const attempt = api.request(`mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`, {
      input: {
        name: 'Broken kit',
        interactionId: campaign.campaign.interaction.id,
        ecosystemId: campaign.campaign.ecosystem.id,
        outcome: 'LEAD_GENERATION',
        destinationUrl: 'https://events.example.com/',
        shareKit: [{ network: 'LINKEDIN', template: 'Hello {nickname}, see {link}' }],
      },
    });
    await expect(attempt).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('{nickname}') });
    const after = await api.request<{ campaigns: { totalCount: number } }>(`{ campaigns { totalCount } }`);
    expect(after.campaigns.totalCount).toBe(before.campaigns.totalCount);
  });

  it('rejects an invalid destination URL', async () => {
    const attempt = api.request(`mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`, {
      input: {
        name: 'Bad destination',
        interactionId: result.campaignId,
        ecosystemId: result.campaignId,
        outcome: 'LEAD_GENERATION',
        destinationUrl: 'javascript:alert(1)',
        shareKit: [{ network: 'LINKEDIN', template: 'See {link}' }],
      },
    });
    await expect(attempt).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('destinationUrl') });
  });

  it('rejects a request without credential', async () => {
    const response = await fetch(stack.urls.gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ organization { id } }' }),
    });
    expect(response.status).toBe(401);
  });

  it('rejects a subgraph request without identity', async () => {
    const response = await fetch(stack.urls.tracking, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    expect(response.status).toBe(401);
  });
});

describe('tenant isolation', () => {
  let other: GraphqlClient;
  let otherOrganizationId: string;

  beforeAll(async () => {
    const operator = new GraphqlClient(stack.urls.gateway, stack.operatorToken);
    const { createOrganization } = await operator.request<{
      createOrganization: { organization: { id: string }; adminKey: { secret: string } };
    }>(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } adminKey { secret } } }`,
      { input: { name: 'Other Org', slug: `other-${Date.now().toString(36)}`, timeZone: 'UTC' } },
    );
    other = operator.withToken(createOrganization.adminKey.secret);
    otherOrganizationId = createOrganization.organization.id;
  });

  it('hides another organization campaign', async () => {
    await expect(other.request(`query($id: ID!) { campaign(id: $id) { id } }`, { id: result.campaignId })).rejects.toBeInstanceOf(
      GraphqlError,
    );
    const { campaigns } = await other.request<{ campaigns: { totalCount: number } }>(`{ campaigns { totalCount } }`);
    expect(campaigns.totalCount).toBe(0);
  });

  it('resolves no foreign entity in a subgraph', async () => {
    const token = await signIdentity(
      { sub: 'test', kind: 'api_key', org: otherOrganizationId, role: 'admin', scopes: ['read'], partnerId: null },
      'development-internal-token-secret',
    );
    const response = await fetch(stack.urls.tracking, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-alg-identity': token },
      body: JSON.stringify({
        query: `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Campaign { metrics { shares } } } }`,
        variables: { representations: [{ __typename: 'Campaign', id: result.campaignId }] },
      }),
    });
    const body = (await response.json()) as { data: { _entities: { metrics: unknown }[] } };
    expect(body.data._entities[0]!.metrics).toBeNull();
  });

  it('lists no foreign leaderboard entries', async () => {
    const { leaderboard } = await other.request<{ leaderboard: unknown[] }>(`{ leaderboard(first: 50) { rank } }`);
    expect(leaderboard).toEqual([]);
  });
});

describe('access control', () => {
  const gatewayBase = () => new URL(stack.urls.gateway).origin;

  it('signs a console user in with a password', async () => {
    const operator = new GraphqlClient(stack.urls.gateway, stack.operatorToken);
    const slug = `console-${Date.now().toString(36)}`;
    await operator.request(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }`,
      {
        input: {
          name: 'Console Org',
          slug,
          timeZone: 'Europe/Paris',
          firstAdmin: { email: `admin@${slug}.example.com`, displayName: 'Ada Admin', password: 'correct horse battery staple' },
        },
      },
    );
    const wrong = await fetch(`${gatewayBase()}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `admin@${slug}.example.com`, password: 'wrong password entirely' }),
    });
    expect(wrong.status).toBe(401);

    const response = await fetch(`${gatewayBase()}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `ADMIN@${slug}.example.com`, password: 'correct horse battery staple' }),
    });
    const body = (await response.json()) as { token: string; role: string; organization: { organizationSlug: string } };
    expect(response.status).toBe(200);
    expect(body.role).toBe('admin');
    expect(body.organization.organizationSlug).toBe(slug);
    const session = new GraphqlClient(stack.urls.gateway, body.token);
    const { members } = await session.request<{ members: { email: string; role: string }[] }>(`{ members { email role } }`);
    expect(members).toEqual([{ email: `admin@${slug}.example.com`, role: 'ADMIN' }]);
  });

  it('rejects a mutation with a read-only key', async () => {
    const { createApiKey } = await api.request<{ createApiKey: { secret: string } }>(
      `mutation { createApiKey(input: { name: "reader", role: VIEWER, scopes: [READ] }) { secret } }`,
    );
    const reader = api.withToken(createApiKey.secret);
    await expect(reader.request(`{ campaigns { totalCount } }`)).resolves.toBeDefined();
    await expect(
      reader.request(`mutation { createEcosystem(input: { name: "nope", kind: EMPLOYEES }) { id } }`),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('limits a conversions key to intake', async () => {
    const { createApiKey } = await api.request<{ createApiKey: { secret: string } }>(
      `mutation { createApiKey(input: { name: "intake", role: EDITOR, scopes: [CONVERSIONS] }) { secret } }`,
    );
    const intake = api.withToken(createApiKey.secret);
    await expect(intake.request(`{ campaigns { totalCount } }`)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('records mutations in the audit log', async () => {
    const { auditLog } = await api.request<{ auditLog: { nodes: { operation: string; fields: string[]; outcome: string; actor: string }[] } }>(
      `{ auditLog(first: 200) { nodes { operation fields outcome actor } } }`,
    );
    const created = auditLog.nodes.filter((entry) => entry.fields.includes('createCampaign'));
    expect(created.some((entry) => entry.outcome === 'succeeded')).toBe(true);
    expect(created.some((entry) => entry.outcome === 'failed')).toBe(true);
    expect(created.every((entry) => entry.actor.startsWith('api_key:'))).toBe(true);
  });

  it('rejects operations over the limits', async () => {
    const tooManyAliases = `{ ${Array.from({ length: 31 }, (_, index) => `a${index}: organization { id }`).join(' ')} }`;
    await expect(api.request(tooManyAliases)).rejects.toMatchObject({ code: 'TOO_MANY_ALIASES' });
    const tooCostly = `{ participants(first: 500) { nodes { ecosystems { id name kind partnerName createdAt } } } campaigns(first: 500) { nodes { shareKit { network template } } } }`;
    await expect(api.request(tooCostly)).rejects.toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
  });
});

describe('uploads and partner keys', () => {
  it('streams an import file through the gateway', async () => {
    const { campaign } = await api.request<{ campaign: { ecosystem: { id: string } } }>(
      `query($id: ID!) { campaign(id: $id) { ecosystem { id } } }`,
      { id: result.campaignId },
    );
    const ecosystem = campaign.ecosystem;
    const file = 'email,name\r\nupload.one@example.com,Upload One\r\nnot-an-address,Broken Row\r\n';
    const response = await fetch(
      `${new URL(stack.urls.gateway).origin}/v1/imports?ecosystemId=${ecosystem.id}&preset=plain`,
      { method: 'POST', headers: { authorization: `Bearer ${result.apiKey}`, 'content-type': 'text/csv' }, body: file },
    );
    const body = (await response.json()) as { rowCount: number; createdCount: number; rejectedCount: number };
    expect(response.status).toBe(201);
    expect(body.rowCount).toBe(2);
    expect(body.createdCount).toBe(1);
    expect(body.rejectedCount).toBe(1);
  });

  it('rejects an upload without credential', async () => {
    const response = await fetch(`${new URL(stack.urls.gateway).origin}/v1/imports?preset=plain`, { method: 'POST', body: 'email\n' });
    expect(response.status).toBe(401);
  });

  it('shows partners only consenting participants', async () => {
    const { createEcosystem } = await api.request<{ createEcosystem: { id: string } }>(
      `mutation { createEcosystem(input: { name: "Acme partner network", kind: PARTNER_NETWORK, partnerName: "Acme" }) { id } }`,
    );
    const consenting = await api.request<{ createParticipant: { id: string } }>(
      `mutation($e: ID!) { createParticipant(input: { email: "consenting@acme.example", firstName: "Con", ecosystemIds: [$e] }) { id } }`,
      { e: createEcosystem.id },
    );
    await api.request(
      `mutation($e: ID!) { createParticipant(input: { email: "private@acme.example", firstName: "Priv", ecosystemIds: [$e] }) { id } }`,
      { e: createEcosystem.id },
    );
    await api.request(`mutation($id: ID!) { setParticipantConsent(id: $id, consent: { contact: true, partnerSharing: true }) { id } }`, {
      id: consenting.createParticipant.id,
    });
    const { createApiKey } = await api.request<{ createApiKey: { secret: string } }>(
      `mutation { createApiKey(input: { name: "Acme portal", role: VIEWER, scopes: [READ], partnerName: "Acme" }) { secret } }`,
    );
    const partner = api.withToken(createApiKey.secret);
    const { partnerParticipants } = await partner.request<{ partnerParticipants: { nodes: { id: string; firstName: string }[] } }>(
      `{ partnerParticipants(first: 50) { nodes { id firstName } } }`,
    );
    expect(partnerParticipants.nodes).toEqual([{ id: consenting.createParticipant.id, firstName: 'Con' }]);
    await expect(partner.request(`{ participants(first: 5) { nodes { email } } }`)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(partner.request(`{ campaigns { totalCount } }`)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
