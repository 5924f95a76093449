/**
 * Integration: the Interaction × Ecosystem × Outcome matrix on real
 * PostgreSQL, with campaigns and key results per cell, filtered by period,
 * team and status.
 */
import { jest } from '@jest/globals';
import { type CampaignsApp, type Caller, GraphqlFailure, newOrganization, startCampaigns } from './support/campaigns-app.js';

jest.setTimeout(60_000);

let app: CampaignsApp;
let api: Caller;
const ids: Record<string, string> = {};

const MATRIX = `query($filter: CampaignMatrixFilter) {
  campaignMatrix(filter: $filter) {
    interactionKinds ecosystemKinds outcomes maxCampaignCount campaignCount
    cells {
      interactionKind ecosystemKind outcome campaignCount liveCount campaignIds
      campaigns { id name } completions invitations invitationRate registrants cost { currency amount }
    }
  }
}`;

interface Matrix {
  interactionKinds: string[];
  ecosystemKinds: string[];
  outcomes: string[];
  maxCampaignCount: number;
  campaignCount: number;
  cells: {
    interactionKind: string;
    ecosystemKind: string;
    outcome: string;
    campaignCount: number;
    liveCount: number;
    campaignIds: string[];
    campaigns: { id: string; name: string }[];
    completions: number;
    invitations: number;
    invitationRate: number | null;
    registrants: number;
    cost: { currency: string; amount: number }[];
  }[];
}

async function matrix(filter?: Record<string, unknown>): Promise<Matrix> {
  return (await api.request<{ campaignMatrix: Matrix }>(MATRIX, { filter })).campaignMatrix;
}

async function campaign(name: string, interactionId: string, ecosystemId: string, outcome: string, extra: Record<string, unknown> = {}) {
  const { createCampaign } = await api.request<{ createCampaign: { id: string } }>(
    `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
    {
      input: {
        name,
        interactionId,
        ecosystemId,
        outcome,
        destinationUrl: 'https://events.example.com/',
        shareKit: [{ network: 'LINKEDIN', template: 'Join {interactionName} {link}' }],
        ...extra,
      },
    },
  );
  ids[name] = createCampaign.id;

  return createCampaign.id;
}

beforeAll(async () => {
  app = await startCampaigns();
  ({ api } = await newOrganization(app));
  const setup = await api.request<Record<string, { id: string }>>(`mutation {
    event: createInteraction(input: { name: "Summit", kind: EVENT, venue: VIRTUAL }) { id }
    course: createInteraction(input: { name: "Course", kind: CERTIFICATION_OR_COURSE }) { id }
    attendees: createEcosystem(input: { name: "Attendees", kind: EVENT_ATTENDEES }) { id }
    partners: createEcosystem(input: { name: "Partner", kind: PARTNER_NETWORK, partnerName: "Fabrikam" }) { id }
    field: createTeam(input: { name: "Field marketing" }) { id }
    product: createTeam(input: { name: "Product marketing" }) { id }
  }`);
  Object.assign(ids, Object.fromEntries(Object.entries(setup).map(([key, value]) => [key, value.id])));
  const first = await campaign('Summit leads A', ids.event!, ids.attendees!, 'LEAD_GENERATION', { teamId: ids.field, cost: 1000, currency: 'USD' });
  await campaign('Summit leads B', ids.event!, ids.attendees!, 'LEAD_GENERATION', { teamId: ids.product, cost: 500, currency: 'EUR' });
  await campaign('Course partners', ids.course!, ids.partners!, 'EVANGELISM_AND_BRANDING', { teamId: ids.product });
  await api.request(`mutation($id: ID!) { launchCampaign(id: $id) { id } }`, { id: first });
  for (const email of ['m1@example.com', 'm2@example.com']) {
    await api.request(`mutation($input: RecordCompletionInput!) { recordCompletion(input: $input) { created } }`, {
      input: { campaignId: first, email, kind: 'SESSION_ATTENDED' },
    });
  }
});

afterAll(async () => {
  await app?.close();
});

describe('campaign matrix', () => {
  it('lists every axis value', async () => {
    const grid = await matrix();
    expect(grid.interactionKinds).toHaveLength(6);
    expect(grid.ecosystemKinds).toHaveLength(6);
    expect(grid.outcomes).toHaveLength(6);
  });

  it('groups campaigns by cell', async () => {
    const grid = await matrix();
    expect(grid.campaignCount).toBe(3);
    expect(grid.maxCampaignCount).toBe(2);
    const leads = grid.cells.find((cell) => cell.outcome === 'LEAD_GENERATION')!;
    expect(leads).toMatchObject({ interactionKind: 'EVENT', ecosystemKind: 'EVENT_ATTENDEES', campaignCount: 2, liveCount: 1 });
    expect(leads.campaigns.map((item) => item.name).sort()).toEqual(['Summit leads A', 'Summit leads B']);
    expect(leads.campaignIds.sort()).toEqual([ids['Summit leads A'], ids['Summit leads B']].sort());
  });

  it('sums key results per cell', async () => {
    const leads = (await matrix()).cells.find((cell) => cell.outcome === 'LEAD_GENERATION')!;
    expect(leads).toMatchObject({ completions: 2, invitations: 2, invitationRate: 1, registrants: 0 });
    expect(leads.cost).toEqual([
      { currency: 'EUR', amount: 500 },
      { currency: 'USD', amount: 1000 },
    ]);
  });

  it('filters by team', async () => {
    const grid = await matrix({ teamIds: [ids.product] });
    expect(grid.cells.map((cell) => [cell.outcome, cell.campaignCount])).toEqual([
      ['LEAD_GENERATION', 1],
      ['EVANGELISM_AND_BRANDING', 1],
    ]);
  });

  it('filters by status', async () => {
    const grid = await matrix({ statuses: ['LIVE'] });
    expect(grid.campaignCount).toBe(1);
  });

  it('filters by period', async () => {
    const past = await matrix({ from: '2020-01-01T00:00:00Z', to: '2020-02-01T00:00:00Z' });
    expect(past.cells).toEqual([]);
    const now = await matrix({ from: new Date(Date.now() - 3_600_000).toISOString() });
    expect(now.campaignCount).toBe(3);
  });

  it('rejects an inverted period', async () => {
    const error = (await api
      .request(MATRIX, { filter: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } })
      .catch((err: unknown) => err)) as GraphqlFailure;
    expect(error.code).toBe('BAD_USER_INPUT');
  });

  it('shows nothing to another organization', async () => {
    const other = await newOrganization(app, 'Other');
    const { campaignMatrix } = await other.api.request<{ campaignMatrix: Matrix }>(MATRIX);
    expect(campaignMatrix.cells).toEqual([]);
  });
});
