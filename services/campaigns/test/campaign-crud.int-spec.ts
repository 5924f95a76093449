/**
 * Integration: ecosystems, interactions, teams and campaigns through the
 * subgraph on real PostgreSQL: validation, lifecycle, lists with filters,
 * sorting and cursors, and the events each change writes.
 */
import { jest } from '@jest/globals';
import { type Caller, type CampaignsApp, eventsOf, failure, newOrganization, startCampaigns } from './support/campaigns-app.js';

jest.setTimeout(60_000);

let app: CampaignsApp;
let api: Caller;
let organizationId: string;

const KIT = [
  { network: 'LINKEDIN', template: 'I attended {interactionName}: {link}' },
  { network: 'X', template: 'At {interactionName} today {link}' },
];

async function ecosystem(name: string, kind = 'EVENT_ATTENDEES', partnerName?: string): Promise<string> {
  const { createEcosystem } = await api.request<{ createEcosystem: { id: string } }>(
    `mutation($input: CreateEcosystemInput!) { createEcosystem(input: $input) { id } }`,
    { input: { name, kind, partnerName } },
  );

  return createEcosystem.id;
}

async function interaction(name: string, kind = 'EVENT', venue: string | null = 'VIRTUAL'): Promise<string> {
  const { createInteraction } = await api.request<{ createInteraction: { id: string } }>(
    `mutation($input: CreateInteractionInput!) { createInteraction(input: $input) { id } }`,
    { input: { name, kind, venue } },
  );

  return createInteraction.id;
}

async function campaign(input: Record<string, unknown>): Promise<{ id: string; status: string }> {
  const { createCampaign } = await api.request<{ createCampaign: { id: string; status: string } }>(
    `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id status } }`,
    { input: { outcome: 'LEAD_GENERATION', destinationUrl: 'https://events.example.com/', shareKit: KIT, ...input } },
  );

  return createCampaign;
}

beforeAll(async () => {
  app = await startCampaigns();
  ({ api, organizationId } = await newOrganization(app));
});

afterAll(async () => {
  await app?.close();
});

describe('ecosystems', () => {
  it('creates all six kinds', async () => {
    const kinds = ['BUYERS_AND_PROSPECTS', 'USER_COMMUNITY', 'ONLINE_COMMUNITIES', 'EMPLOYEES', 'EVENT_ATTENDEES'];
    for (const kind of kinds) await ecosystem(`Kind ${kind}`, kind);
    await ecosystem('Partner Fabrikam', 'PARTNER_NETWORK', 'Fabrikam');
    const { ecosystems } = await api.request<{ ecosystems: { totalCount: number; nodes: { kind: string; partnerName: string | null }[] } }>(
      `{ ecosystems(search: "Kind ", orderBy: { field: NAME, direction: DESC }) { totalCount nodes { kind partnerName } } }`,
    );
    expect(ecosystems.totalCount).toBe(5);
    expect(ecosystems.nodes.map((node) => node.kind)).toEqual([...kinds].sort().reverse());
  });

  it('requires a partner on partner networks', async () => {
    const error = await failure(ecosystem('No partner', 'PARTNER_NETWORK'));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('partnerName');
  });

  it('rejects a partner elsewhere', async () => {
    const error = await failure(ecosystem('Stray partner', 'EMPLOYEES', 'Contoso'));
    expect(error.message).toContain('"Contoso"');
  });

  it('rejects a duplicate name', async () => {
    await ecosystem('Twice');
    const error = await failure(ecosystem('Twice'));
    expect(error.code).toBe('CONFLICT');
  });

  it('updates and emits the change', async () => {
    const id = await ecosystem('Before rename', 'USER_COMMUNITY');
    await api.request(`mutation($id: ID!) { updateEcosystem(id: $id, input: { name: "After rename" }) { id } }`, { id });
    const updated = (await eventsOf(app, organizationId, 'ecosystem.updated')).find((event) => event.data.ecosystemId === id);
    expect(updated?.data.name).toBe('After rename');
  });

  it('pages through with cursors', async () => {
    const first = await api.request<{ ecosystems: { edges: { cursor: string; node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      `{ ecosystems(first: 2, orderBy: { field: NAME }) { edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(first.ecosystems.pageInfo.hasNextPage).toBe(true);
    const next = await api.request<{ ecosystems: { nodes: { name: string }[] } }>(
      `query($after: String) { ecosystems(first: 2, after: $after, orderBy: { field: NAME }) { nodes { name } } }`,
      { after: first.ecosystems.pageInfo.endCursor },
    );
    const names = [...first.ecosystems.edges.map((edge) => edge.node.name), ...next.ecosystems.nodes.map((node) => node.name)];
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(4);
  });
});

describe('interactions', () => {
  it('creates all six kinds', async () => {
    await interaction('Summit', 'EVENT', 'PHYSICAL');
    for (const kind of ['PRODUCT_LAUNCH', 'COMMUNITY_MEETUP', 'CERTIFICATION_OR_COURSE', 'INTERNAL_PROGRAM', 'ALWAYS_ON']) {
      await interaction(`Interaction ${kind}`, kind, null);
    }
    const { interactions } = await api.request<{ interactions: { totalCount: number } }>(`{ interactions(kinds: [ALWAYS_ON, EVENT]) { totalCount } }`);
    expect(interactions.totalCount).toBe(2);
  });

  it('requires a venue for events', async () => {
    const error = await failure(interaction('No venue', 'EVENT', null));
    expect(error.message).toContain('venue');
  });

  it('rejects an end before start', async () => {
    const error = await failure(
      api.request(`mutation { createInteraction(input: { name: "Backwards", kind: ALWAYS_ON, startsAt: "2026-05-02T00:00:00Z", endsAt: "2026-05-01T00:00:00Z" }) { id } }`),
    );
    expect(error.message).toContain('endsAt');
  });

  it('rejects an unknown time zone', async () => {
    const error = await failure(api.request(`mutation { createInteraction(input: { name: "Nowhere", kind: ALWAYS_ON, timeZone: "Mars/Olympus" }) { id } }`));
    expect(error.message).toContain('"Mars/Olympus"');
  });

  it('defaults to the organization zone', async () => {
    const { createInteraction } = await api.request<{ createInteraction: { timeZone: string } }>(
      `mutation { createInteraction(input: { name: "Local", kind: ALWAYS_ON }) { timeZone } }`,
    );
    expect(createInteraction.timeZone).toBe('Europe/Paris');
  });
});

describe('campaign lifecycle', () => {
  let interactionId: string;
  let ecosystemId: string;

  beforeAll(async () => {
    interactionId = await interaction('Lifecycle event');
    ecosystemId = await ecosystem('Lifecycle attendees');
  });

  it('creates a draft with defaults', async () => {
    const { createCampaign } = await api.request<{ createCampaign: { status: string; activationTarget: number; shareKit: { network: string; position: number }[] } }>(
      `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { status activationTarget shareKit { network position } } }`,
      { input: { name: 'Defaults', interactionId, ecosystemId, outcome: 'EVENT_REGISTRATION', destinationUrl: 'https://e.example/', shareKit: KIT } },
    );
    expect(createCampaign.status).toBe('DRAFT');
    expect(createCampaign.activationTarget).toBe(0.2);
    expect(createCampaign.shareKit.map((post) => post.network)).toEqual(['LINKEDIN', 'X']);
  });

  it('launches and ends with events', async () => {
    const { id } = await campaign({ name: 'Launch and end', interactionId, ecosystemId });
    await api.request(`mutation($id: ID!) { launchCampaign(id: $id) { id } }`, { id });
    await api.request(`mutation($id: ID!) { endCampaign(id: $id) { id } }`, { id });
    const types = (await eventsOf(app, organizationId))
      .filter((event) => event.data.campaignId === id)
      .map((event) => event.type);
    expect(types).toEqual(['campaign.created', 'campaign.launched', 'campaign.ended']);
  });

  it('refuses ending a draft', async () => {
    const { id } = await campaign({ name: 'Draft end', interactionId, ecosystemId });
    const error = await failure(api.request(`mutation($id: ID!) { endCampaign(id: $id) { id } }`, { id }));
    expect(error.code).toBe('INVALID_STATE');
    expect(error.message).toContain('allowed: SCHEDULED, LIVE');
  });

  it('refuses relaunching an ended campaign', async () => {
    const { id } = await campaign({ name: 'Ended', interactionId, ecosystemId });
    await api.request(`mutation($id: ID!) { launchCampaign(id: $id) { id } }`, { id });
    await api.request(`mutation($id: ID!) { endCampaign(id: $id) { id } }`, { id });
    const error = await failure(api.request(`mutation($id: ID!) { launchCampaign(id: $id) { id } }`, { id }));
    expect(error.message).toContain('allowed: none');
  });

  it('schedules only with a future start', async () => {
    const { id } = await campaign({ name: 'Unscheduled', interactionId, ecosystemId });
    const error = await failure(api.request(`mutation($id: ID!) { scheduleCampaign(id: $id) { id } }`, { id }));
    expect(error.message).toContain('startsAt');
    const future = new Date(Date.now() + 86_400_000).toISOString();
    await api.request(`mutation($id: ID!, $at: DateTime) { updateCampaign(id: $id, input: { startsAt: $at }) { id } }`, { id, at: future });
    const { scheduleCampaign } = await api.request<{ scheduleCampaign: { status: string } }>(
      `mutation($id: ID!) { scheduleCampaign(id: $id) { status } }`,
      { id },
    );
    expect(scheduleCampaign.status).toBe('SCHEDULED');
  });

  it('fixes the cell once live', async () => {
    const { id } = await campaign({ name: 'Fixed cell', interactionId, ecosystemId });
    await api.request(`mutation($id: ID!) { launchCampaign(id: $id) { id } }`, { id });
    const error = await failure(api.request(`mutation($id: ID!) { updateCampaign(id: $id, input: { outcome: PIPELINE_INFLUENCE }) { id } }`, { id }));
    expect(error.code).toBe('INVALID_STATE');
    expect(error.message).toContain('outcome');
    const { updateCampaign } = await api.request<{ updateCampaign: { cost: number; name: string } }>(
      `mutation($id: ID!) { updateCampaign(id: $id, input: { cost: 1250.5, name: "Renamed live" }) { cost name } }`,
      { id },
    );
    expect(updateCampaign).toEqual({ cost: 1250.5, name: 'Renamed live' });
  });

  it('deletes only drafts', async () => {
    const { id } = await campaign({ name: 'Deletable', interactionId, ecosystemId });
    await api.request(`mutation($id: ID!) { deleteCampaign(id: $id) { id } }`, { id });
    const missing = await failure(api.request(`query($id: ID!) { campaign(id: $id) { id } }`, { id }));
    expect(missing.code).toBe('NOT_FOUND');
    const deleted = await eventsOf(app, organizationId, 'campaign.deleted');
    expect(deleted.map((event) => event.data.campaignId)).toContain(id);
  });

  it('rejects a foreign interaction', async () => {
    const other = await newOrganization(app, 'Other');
    const error = await failure(
      other.api.request(`mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`, {
        input: { name: 'Foreign', interactionId, ecosystemId, outcome: 'LEAD_GENERATION', destinationUrl: 'https://e.example/', shareKit: KIT },
      }),
    );
    expect(error.code).toBe('NOT_FOUND');
  });

  it('rejects a bad allowed host', async () => {
    const error = await failure(campaign({ name: 'Bad host', interactionId, ecosystemId, allowedHosts: ['not a host/'] }));
    expect(error.message).toContain('"not a host/"');
  });

  it('rejects an unknown currency', async () => {
    const error = await failure(campaign({ name: 'Bad currency', interactionId, ecosystemId, currency: 'ZZZ', cost: 10 }));
    expect(error.message).toContain('ZZZ');
  });

  it('filters by team and status', async () => {
    const { createTeam } = await api.request<{ createTeam: { id: string } }>(`mutation { createTeam(input: { name: "Field marketing" }) { id } }`);
    const owned = await campaign({ name: 'Owned by field', interactionId, ecosystemId, teamId: createTeam.id });
    const { campaigns } = await api.request<{ campaigns: { totalCount: number; nodes: { id: string; team: { name: string } }[] } }>(
      `query($teams: [ID!]) { campaigns(teamIds: $teams, statuses: [DRAFT]) { totalCount nodes { id team { name } } } }`,
      { teams: [createTeam.id] },
    );
    expect(campaigns.totalCount).toBe(1);
    expect(campaigns.nodes[0]).toEqual({ id: owned.id, team: { name: 'Field marketing' } });
  });

  it('re-announces campaigns on kind change', async () => {
    const meetupId = await interaction('Meetup to be', 'COMMUNITY_MEETUP', null);
    const { id } = await campaign({ name: 'Follows its interaction', interactionId: meetupId, ecosystemId });
    await api.request(`mutation($id: ID!) { updateInteraction(id: $id, input: { kind: EVENT, venue: HYBRID }) { id } }`, { id: meetupId });
    const updates = (await eventsOf(app, organizationId, 'campaign.updated')).filter((event) => event.data.campaignId === id);
    expect(updates.at(-1)?.data.interactionKind).toBe('event');
  });

  it('sorts campaigns by name', async () => {
    const { campaigns } = await api.request<{ campaigns: { nodes: { name: string }[] } }>(
      `{ campaigns(first: 500, orderBy: { field: NAME, direction: ASC }) { nodes { name } } }`,
    );
    const names = campaigns.nodes.map((node) => node.name);
    const sorted = [...names].sort((a, b) => Number(a > b) - Number(a < b));
    expect(names).toEqual(sorted);
  });
});
