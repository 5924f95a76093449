/**
 * Tenant isolation probes. Two organizations get full data from the demo
 * loop; then every credential kind of organization B tries each query,
 * mutation and entity reference against organization A's ids, directly on
 * each subgraph too. A probe leaks when it returns A's data; it changes
 * something when A's figures differ afterwards. Prints "N probes, M leaks".
 */
import { jest } from '@jest/globals';
import { emailHash, type Identity, signIdentity } from '@alg/service-kit';
import { type LoopResult, runAdvocacyLoop } from '../../scripts/lib/advocacy-loop.ts';
import { GraphqlClient } from '../../scripts/lib/graphql-client.ts';
import { type Stack, startStack } from '../../scripts/lib/stack.ts';

jest.setTimeout(300_000);

interface Probe {
  name: string;
  run: () => Promise<unknown>;
  /** Returns true when the answer exposes organization A's data. */
  leaked: (answer: unknown) => boolean;
}

interface ProbeOutcome {
  name: string;
  leaked: boolean;
  detail: string;
}

let stack: Stack;
let a: LoopResult;
let b: LoopResult;
const outcomes: ProbeOutcome[] = [];
const secret = 'development-internal-token-secret';

async function figures(client: GraphqlClient, campaignId: string) {
  return client.request<unknown>(
    `query($id: ID!) {
      campaign(id: $id) { status name metrics { invited shares clicks conversions } leaderboard(first: 500) { points } }
      participants(first: 1) { totalCount }
      campaigns { totalCount }
      apiKeys { id revokedAt }
    }`,
    { id: campaignId },
  );
}

/** Checks that every value in a response is null, an empty list, or an object of such values. */
function revealsNothing(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(revealsNothing);

  return false;
}

const EXPORT = `query($id: ID!) {
  participantExport(id: $id) {
    participantId profile { email } completions { id }
    tracking { trackedLinks { code } shares { id } conversionsMade { id } }
    scoring { score { points } shareCredits { shares } }
  }
}`;

/**
 * Creates an organization's keys below admin: editor, viewer, conversions
 * intake and partner portal, with the partner network the portal key needs.
 */
async function createKeys(admin: GraphqlClient): Promise<Record<'editor' | 'viewer' | 'conversions' | 'partner', string>> {
  await admin.request(`mutation { createEcosystem(input: { name: "Acme partner network", kind: PARTNER_NETWORK, partnerName: "Acme" }) { id } }`);
  const { viewer, editor, conversions, partner } = await admin.request<Record<string, { secret: string }>>(`mutation {
    viewer: createApiKey(input: { name: "viewer", role: VIEWER, scopes: [READ] }) { secret }
    editor: createApiKey(input: { name: "editor", role: EDITOR }) { secret }
    conversions: createApiKey(input: { name: "intake", role: EDITOR, scopes: [CONVERSIONS] }) { secret }
    partner: createApiKey(input: { name: "portal", role: VIEWER, scopes: [READ], partnerName: "Acme" }) { secret }
  }`);

  return { viewer: viewer!.secret, editor: editor!.secret, conversions: conversions!.secret, partner: partner!.secret };
}

function containsAny(answer: unknown, needles: string[]): boolean {
  const text = JSON.stringify(answer ?? null);

  return needles.some((needle) => text.includes(needle));
}

async function settle(probe: Probe): Promise<void> {
  let answer: unknown;
  try {
    answer = await probe.run();
  } catch (err) {
    outcomes.push({ name: probe.name, leaked: false, detail: `rejected: ${(err as Error).message.slice(0, 120)}` });
    return;
  }
  const leaked = probe.leaked(answer);
  outcomes.push({ name: probe.name, leaked, detail: leaked ? JSON.stringify(answer).slice(0, 300) : 'no data of A' });
}

async function direct(url: string, identity: Parameters<typeof signIdentity>[0], query: string, variables: unknown) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-alg-identity': await signIdentity(identity, secret) },
    body: JSON.stringify({ query, variables }),
  });

  return response.json();
}

beforeAll(async () => {
  stack = await startStack({
    database: process.env.ALG_TEST_DATABASE ? `${process.env.ALG_TEST_DATABASE}_isolation` : 'alg_isolation',
    portOffset: Number(process.env.ALG_TEST_PORT_OFFSET ?? 100) + 50,
    env: { TRUST_PROXY: 'true', LOG_LEVEL: 'warn' },
    log: () => undefined,
  });
  const suffix = Date.now().toString(36);
  a = await runAdvocacyLoop({ urls: stack.urls, operatorToken: stack.operatorToken, slug: `tenant-a-${suffix}` });
  b = await runAdvocacyLoop({ urls: stack.urls, operatorToken: stack.operatorToken, slug: `tenant-b-${suffix}` });
});

afterAll(async () => {
  await stack?.stop();
});

describe('tenant isolation', () => {
  it('leaks nothing across organizations', async () => {
    const adminA = new GraphqlClient(stack.urls.gateway, a.apiKey);
    const adminB = new GraphqlClient(stack.urls.gateway, b.apiKey);
    // Keys of A below the admin role probe the export inside A's own organization.
    const ownKeys = await createKeys(adminA);
    const before = await figures(adminA, a.campaignId);

    const idsOfA = await adminA.request<{
      campaign: { interaction: { id: string }; ecosystem: { id: string }; leaderboard: { participant: { id: string; email: string } }[] };
      participants: { nodes: { id: string; email: string }[] };
      apiKeys: { id: string }[];
    }>(
      `query($id: ID!) {
        campaign(id: $id) { interaction { id } ecosystem { id } leaderboard(first: 1) { participant { id email } } }
        participants(first: 20) { nodes { id email } }
        apiKeys { id }
      }`,
      { id: a.campaignId },
    );
    const participantOfA = idsOfA.participants.nodes[0]!;
    // The top advocate has records in all three services, so an export probe that leaks shows data from each.
    const advocateOfA = idsOfA.campaign.leaderboard[0]!.participant;
    const keysOfB = await createKeys(adminB);
    const credentials = {
      admin: adminB,
      editor: adminB.withToken(keysOfB.editor),
      viewer: adminB.withToken(keysOfB.viewer),
      conversions: adminB.withToken(keysOfB.conversions),
      partner: adminB.withToken(keysOfB.partner),
    };
    // Both organizations imported the same example file, so e-mail addresses
    // repeat across them; ids are unique, so they tell A's rows apart.
    const foreign = [
      a.campaignId,
      advocateOfA.id,
      ...idsOfA.participants.nodes.map((node) => node.id),
      idsOfA.campaign.ecosystem.id,
      idsOfA.campaign.interaction.id,
    ];
    const leakedIds = (answer: unknown) => containsAny(answer, foreign);

    const probes: Probe[] = [];
    for (const [role, client] of Object.entries(credentials)) {
      const query = (name: string, text: string, variables: Record<string, unknown> = {}) =>
        probes.push({ name: `${role}: ${name}`, run: () => client.request(text, variables), leaked: leakedIds });
      query('campaign by id', `query($id: ID!) { campaign(id: $id) { id name } }`, { id: a.campaignId });
      query('campaign metrics', `query($id: ID!) { campaign(id: $id) { metrics { shares } } }`, { id: a.campaignId });
      query('participant by id', `query($id: ID!) { participant(id: $id) { id email } }`, { id: participantOfA.id });
      query('ecosystem by id', `query($id: ID!) { ecosystem(id: $id) { id name } }`, { id: idsOfA.campaign.ecosystem.id });
      query('interaction by id', `query($id: ID!) { interaction(id: $id) { id name } }`, { id: idsOfA.campaign.interaction.id });
      query('participants list', `{ participants(first: 500) { nodes { id email } } }`);
      query('participants of foreign ecosystem', `query($id: ID!) { participants(ecosystemId: $id, first: 50) { totalCount nodes { email } } }`, {
        id: idsOfA.campaign.ecosystem.id,
      });
      query('campaigns list', `{ campaigns(first: 100) { nodes { id } } }`);
      query('campaigns by foreign ecosystem', `query($id: ID!) { campaigns(ecosystemId: $id) { nodes { id } } }`, {
        id: idsOfA.campaign.ecosystem.id,
      });
      query('organization leaderboard', `{ leaderboard(first: 500) { participant { id email } } }`);
      query('api keys', `{ apiKeys { id } }`);
      query('audit log', `{ auditLog(first: 100) { nodes { actor } } }`);
      query('members', `{ members { email } }`);
      query('launch foreign campaign', `mutation($id: ID!) { endCampaign(id: $id) { id } }`, { id: a.campaignId });
      query('record completion on foreign campaign', `mutation($id: ID!) { recordCompletion(input: { campaignId: $id, email: "intruder@example.com", kind: CUSTOM }) { created } }`, {
        id: a.campaignId,
      });
      query('campaign on foreign ecosystem', `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`, {
        input: {
          name: 'Intruder',
          interactionId: idsOfA.campaign.interaction.id,
          ecosystemId: idsOfA.campaign.ecosystem.id,
          outcome: 'LEAD_GENERATION',
          destinationUrl: 'https://evil.example.com/',
          shareKit: [{ network: 'LINKEDIN', template: 'See {link}' }],
        },
      });
      query('participant in foreign ecosystem', `mutation($id: ID!) { createParticipant(input: { email: "intruder@example.com", ecosystemIds: [$id] }) { id } }`, {
        id: idsOfA.campaign.ecosystem.id,
      });
      query('import into foreign ecosystem', `mutation($id: ID!) { importParticipants(input: { ecosystemId: $id, preset: PLAIN, csv: "email\\nintruder@example.com\\n" }) { createdCount } }`, {
        id: idsOfA.campaign.ecosystem.id,
      });
      query('revoke foreign key', `mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: idsOfA.apiKeys[0]!.id });
      query('export foreign participant', EXPORT, { id: advocateOfA.id });
    }
    for (const role of ['editor', 'viewer', 'conversions', 'partner'] as const) {
      const client = adminA.withToken(ownKeys[role]);
      probes.push({ name: `own ${role}: export participant`, run: () => client.request(EXPORT, { id: advocateOfA.id }), leaked: leakedIds });
    }

    // Entity references sent straight to each subgraph with B's identity: an
    // answer that is null, or whose fields are null or empty, reveals nothing.
    const references = [
      { url: stack.urls.campaigns, typename: 'Campaign', id: a.campaignId, selection: '... on Campaign { id name }' },
      { url: stack.urls.campaigns, typename: 'Participant', id: participantOfA.id, selection: '... on Participant { id email }' },
      { url: stack.urls.tracking, typename: 'Campaign', id: a.campaignId, selection: '... on Campaign { metrics { shares invited } }' },
      { url: stack.urls.scoring, typename: 'Campaign', id: a.campaignId, selection: '... on Campaign { leaderboard(first: 50) { points } }' },
      { url: stack.urls.scoring, typename: 'Participant', id: participantOfA.id, selection: '... on Participant { score { points } }' },
    ];
    const identityOfB = { sub: 'probe', kind: 'api_key' as const, org: b.organizationId, role: 'admin' as const, scopes: ['read', 'write'], partnerId: null };
    for (const reference of references) {
      probes.push({
        name: `_entities ${reference.typename} ${reference.selection.split('{ ')[1]?.split(' ')[0]} on ${new URL(reference.url).port}`,
        run: () =>
          direct(reference.url, identityOfB, `query($r: [_Any!]!) { _entities(representations: $r) { ${reference.selection} } }`, {
            r: [{ __typename: reference.typename, id: reference.id }],
          }),
        leaked: (answer) => {
          const entity = (answer as { data?: { _entities?: (Record<string, unknown> | null)[] } }).data?._entities?.[0];
          if (!entity) return false;

          return Object.values(entity).some((value) => value !== null && !(Array.isArray(value) && value.length === 0));
        },
      });
    }

    // The export entity straight to each subgraph, as B and as A's keys below
    // admin: every response must be null, or made of nulls and empty lists.
    const exportReference = { __typename: 'ParticipantExport', participantId: advocateOfA.id, emailHash: emailHash(advocateOfA.email) };
    const exportSelections = [
      { url: stack.urls.campaigns, selection: 'participantId emailHash profile { email } completions { id } invitations { id }' },
      {
        url: stack.urls.tracking,
        selection: 'tracking { trackedLinks { code } shares { id } clicks { linkCode } conversionsCredited { id } conversionsMade { id } browsersSeen { visitorHash } }',
      },
      {
        url: stack.urls.scoring,
        selection:
          'scoring { score { points } campaignScores { points } shareCredits { shares } clickCredits { clicks } ignoredClicks { clicks } conversionCredits { conversionId } conversionsMade { conversionId } }',
      },
    ];
    const exportIdentities: [string, Identity][] = [
      ...(['admin', 'editor', 'viewer'] as const).map((role): [string, Identity] => [`B ${role}`, { ...identityOfB, role }]),
      ['B conversions key', { ...identityOfB, role: 'editor', scopes: ['conversions'] }],
      ['B partner', { ...identityOfB, kind: 'partner', role: 'viewer', scopes: ['read'], partnerId: 'Acme' }],
      ...(['editor', 'viewer'] as const).map((role): [string, Identity] => [`A ${role}`, { ...identityOfB, org: a.organizationId, role }]),
      ['A conversions key', { ...identityOfB, org: a.organizationId, role: 'admin', scopes: ['conversions'] }],
      ['A partner', { ...identityOfB, org: a.organizationId, kind: 'partner', role: 'viewer', scopes: ['read'], partnerId: 'Acme' }],
      ['operator', { sub: 'operator', kind: 'operator', org: null, role: 'operator', scopes: ['read', 'write'], partnerId: null }],
    ];
    for (const { url, selection } of exportSelections) {
      for (const [who, identity] of exportIdentities) {
        probes.push({
          name: `_entities ParticipantExport on ${new URL(url).port} as ${who}`,
          run: () => direct(url, identity, `query($r: [_Any!]!) { _entities(representations: $r) { ... on ParticipantExport { ${selection} } } }`, { r: [exportReference] }),
          leaked: (answer) => !((answer as { data?: { _entities?: unknown[] } }).data?._entities ?? []).every(revealsNothing),
        });
      }
    }

    for (const probe of probes) await settle(probe);
    const after = await figures(adminA, a.campaignId);
    const changed = JSON.stringify(after) !== JSON.stringify(before);
    const leaks = outcomes.filter((outcome) => outcome.leaked);
    process.stdout.write(`${outcomes.length} probes, ${leaks.length} leaks, ${changed ? 1 : 0} unauthorized changes\n`);
    for (const leak of leaks) process.stdout.write(`LEAK ${leak.name}: ${leak.detail}\n`);

    expect(leaks).toEqual([]);
    expect(after).toEqual(before);
  });
});
