// Seeds the stack for the browser tests through the gateway only: the
// advocacy loop's organization with its campaign, people who sign in to it
// with e-mail and password, a planned campaign for targeting, and a second,
// empty organization created by the operator with a first admin.

import { runAdvocacyLoop, type LoopResult } from '../../../scripts/lib/advocacy-loop.ts';
import { GraphqlClient } from '../../../scripts/lib/graphql-client.ts';
import type { Stack } from '../../../scripts/lib/stack.ts';

export interface Account {
  email: string;
  password: string;
}

export interface Seed {
  loop: LoopResult;
  /** Slug of the loop's organization, for signing in to it. */
  slug: string;
  admin: Account;
  viewer: Account;
  /** First admin of the empty organization. */
  newcomer: Account & { organization: string };
  /** A DRAFT campaign of the loop's organization, for targeting and forecast. */
  plannedCampaignId: string;
  attendeesEcosystemId: string;
  prospectsEcosystemId: string;
  interactionId: string;
}

const PASSWORD = 'correct-horse-battery-staple';

async function addMembers(api: GraphqlClient, stamp: string) {
  const admin = { email: `marketing.lead+${stamp}@northwind.example`, password: PASSWORD };
  const viewer = { email: `analyst+${stamp}@northwind.example`, password: PASSWORD };
  await api.request(
    `mutation($admin: AddMemberInput!, $viewer: AddMemberInput!) {
      admin: addMember(input: $admin) { accountId }
      viewer: addMember(input: $viewer) { accountId }
    }`,
    {
      admin: { ...admin, displayName: 'Morgan Lead', role: 'ADMIN' },
      viewer: { ...viewer, displayName: 'Avery Analyst', role: 'VIEWER' },
    },
  );
  return { admin, viewer };
}

async function plannedCampaign(api: GraphqlClient) {
  const { campaigns, ecosystems } = await api.request<{
    campaigns: {
      nodes: { interaction: { id: string }; ecosystem: { id: string }; registrantEcosystem: { id: string } | null }[];
    };
    ecosystems: { nodes: { id: string; name: string }[] };
  }>(`{
    campaigns(first: 1) { nodes { interaction { id } ecosystem { id } registrantEcosystem { id } } }
    ecosystems(first: 10) { nodes { id name } }
  }`);
  const first = campaigns.nodes[0]!;
  const { createCampaign } = await api.request<{ createCampaign: { id: string } }>(
    `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
    {
      input: {
        name: 'Summit follow-up: share the recordings',
        interactionId: first.interaction.id,
        ecosystemId: first.ecosystem.id,
        outcome: 'CONTENT_SYNDICATION',
        cost: 900,
        currency: 'USD',
        destinationUrl: 'https://events.example.com/summit-2026/recordings',
        shareKit: [{ network: 'LINKEDIN', template: 'The recordings of {interactionName} are out: {link}' }],
      },
    },
  );
  const prospects = ecosystems.nodes.find((ecosystem) => ecosystem.id === first.registrantEcosystem?.id)!;
  return {
    plannedCampaignId: createCampaign.id,
    attendeesEcosystemId: first.ecosystem.id,
    prospectsEcosystemId: prospects.id,
    interactionId: first.interaction.id,
  };
}

async function emptyOrganization(stack: Stack, stamp: string) {
  const operator = new GraphqlClient(stack.urls.gateway, stack.operatorToken);
  const newcomer = {
    email: `founder+${stamp}@fabrikam.example`,
    password: PASSWORD,
    organization: `fabrikam-${stamp}`,
  };
  await operator.request(
    `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }`,
    {
      input: {
        name: 'Fabrikam Field Marketing',
        slug: newcomer.organization,
        timeZone: 'Europe/Berlin',
        firstAdmin: { email: newcomer.email, displayName: 'Fabrikam Founder', password: newcomer.password },
      },
    },
  );
  return newcomer;
}

export async function seed(stack: Stack, log: (line: string) => void): Promise<Seed> {
  const stamp = Date.now().toString(36);
  const slug = `northwind-${stamp}`;
  const loop = await runAdvocacyLoop({ urls: stack.urls, operatorToken: stack.operatorToken, slug, log });
  const api = new GraphqlClient(stack.urls.gateway, loop.apiKey);
  const { admin, viewer } = await addMembers(api, stamp);
  const planned = await plannedCampaign(api);
  const newcomer = await emptyOrganization(stack, stamp);
  log('seeded the organizations and accounts');
  return { loop, slug, admin, viewer, newcomer, ...planned };
}
