/**
 * Integration: the campaigns part of a participant's data export on real
 * PostgreSQL: every section, the admin-only access for the query and for
 * entity references, another organization's ids, and what erasure leaves.
 */
import { jest } from '@jest/globals';
import { emailHash } from '@alg/service-kit';
import { Caller, type CampaignsApp, eventsOf, failure, member, newOrganization, operator, startCampaigns } from './support/campaigns-app.js';

jest.setTimeout(60_000);

const EXPORT = `query($id: ID!) {
  participantExport(id: $id) {
    participantId formatVersion exportedAt emailHash
    organization { id name }
    profile { email firstName lastName company title profiles { network url size } createdAt updatedAt }
    consents { purpose granted changedAt }
    lineage { origin sourceCampaignId sourceAdvocateId sourceImportId }
    ecosystemMemberships { ecosystemId name kind partnerName joinedAt }
    completions { id campaignId kind source externalId occurredAt recordedAt }
    invitations { id campaignId completionId networks shareUrl invitedAt }
    campaigns { id name outcome status interactionId teamId teamName }
    interactions { id name kind startsAt endsAt }
    importRows { importId fileName line outcome importedAt }
  }
}`;

interface ExportView {
  participantId: string;
  formatVersion: number;
  exportedAt: string;
  emailHash: string;
  organization: { id: string; name: string };
  profile: { email: string; firstName: string | null; lastName: string | null; company: string | null; profiles: { network: string; url: string | null; size: number | null }[] };
  consents: { purpose: string; granted: boolean; changedAt: string | null }[];
  lineage: { origin: string; sourceImportId: string | null };
  ecosystemMemberships: { ecosystemId: string; name: string; kind: string }[];
  completions: { id: string; campaignId: string; kind: string; source: string; externalId: string | null }[];
  invitations: { id: string; campaignId: string; completionId: string; networks: string[]; shareUrl: string }[];
  campaigns: { id: string; name: string; status: string; interactionId: string; teamId: string | null; teamName: string | null }[];
  interactions: { id: string; name: string; kind: string }[];
  importRows: { importId: string; fileName: string | null; line: number; outcome: string }[];
}

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ParticipantExport { participantId emailHash profile { email } } } }`;

let app: CampaignsApp;
let api: Caller;
let organizationId: string;
let ids: { team: string; interaction: string; ecosystem: string; campaign: string; import: string; ada: string };

async function shareTokenOf(invitationId: string): Promise<string> {
  const [row] = await app.runtime.em().execute<{ share_token: string }[]>(`select share_token from invitation where id = ?`, [invitationId]);

  return row!.share_token;
}

async function exportOf(caller: Caller, id: string): Promise<ExportView> {
  return (await caller.request<{ participantExport: ExportView }>(EXPORT, { id })).participantExport;
}

beforeAll(async () => {
  app = await startCampaigns();
  ({ api, organizationId } = await newOrganization(app, 'Export Org'));
  const setup = await api.request<{ t: { id: string }; i: { id: string }; e: { id: string } }>(`mutation {
    t: createTeam(input: { name: "Field marketing" }) { id }
    i: createInteraction(input: { name: "Data Summit", kind: EVENT, venue: VIRTUAL }) { id }
    e: createEcosystem(input: { name: "Summit attendees", kind: EVENT_ATTENDEES }) { id }
  }`);
  const { createCampaign } = await api.request<{ createCampaign: { id: string } }>(
    `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
    {
      input: {
        name: 'Summit sharing',
        interactionId: setup.i.id,
        ecosystemId: setup.e.id,
        teamId: setup.t.id,
        outcome: 'EVENT_REGISTRATION',
        destinationUrl: 'https://events.example.com/next',
        shareKit: [
          { network: 'LINKEDIN', template: 'I attended {interactionName}: {link}' },
          { network: 'X', template: 'At {interactionName} {link}' },
        ],
      },
    },
  );
  await api.request(`mutation($id: ID!) { launchCampaign(id: $id) { id } }`, { id: createCampaign.id });
  const { importParticipants } = await api.request<{ importParticipants: { id: string } }>(
    `mutation($input: ImportParticipantsInput!) { importParticipants(input: $input) { id } }`,
    {
      input: {
        preset: 'PLAIN',
        csv: 'email,name\nbob.other@example.com,Bob Other\nada.lovelace@example.com,Ada Lovelace\n',
        campaignId: createCampaign.id,
        completionKind: 'SESSION_ATTENDED',
        fileName: 'attendees.csv',
      },
    },
  );
  const { participants } = await api.request<{ participants: { nodes: { id: string }[] } }>(
    `{ participants(search: "ada.lovelace", first: 5) { nodes { id } } }`,
  );
  const ada = participants.nodes[0]!.id;
  await api.request(
    `mutation($id: ID!) { updateParticipant(id: $id, input: { company: "Analytical Engines", profiles: [{ network: LINKEDIN, url: "https://www.linkedin.com/in/ada", size: 420 }] }) { id } }`,
    { id: ada },
  );
  await api.request(`mutation($id: ID!) { setParticipantConsent(id: $id, consent: { partnerSharing: true }) { id } }`, { id: ada });
  await api.request(
    `mutation($input: RecordCompletionInput!) { recordCompletion(input: $input) { created } }`,
    { input: { campaignId: createCampaign.id, email: 'ada.lovelace@example.com', kind: 'CERTIFICATION_EARNED', externalId: 'crm-42' } },
  );
  ids = { team: setup.t.id, interaction: setup.i.id, ecosystem: setup.e.id, campaign: createCampaign.id, import: importParticipants.id, ada };
});

afterAll(async () => {
  await app?.close();
});

describe('participant export', () => {
  it('returns every campaigns section', async () => {
    const document = await exportOf(api, ids.ada);
    expect(document.participantId).toBe(ids.ada);
    expect(document.formatVersion).toBe(1);
    expect(Date.now() - Date.parse(document.exportedAt)).toBeLessThan(60_000);
    expect(document.emailHash).toBe(emailHash('ada.lovelace@example.com'));
    expect(document.organization).toEqual({ id: organizationId, name: 'Export Org' });
    expect(document.profile).toMatchObject({ email: 'ada.lovelace@example.com', firstName: 'Ada', lastName: 'Lovelace', company: 'Analytical Engines' });
    expect(document.profile.profiles).toEqual([{ network: 'LINKEDIN', url: 'https://www.linkedin.com/in/ada', size: 420 }]);
    expect(document.consents.map(({ purpose, granted }) => ({ purpose, granted }))).toEqual([
      { purpose: 'CONTACT', granted: true },
      { purpose: 'PARTNER_SHARING', granted: true },
    ]);
    expect(document.consents[0]!.changedAt).not.toBeNull();
    expect(document.lineage).toMatchObject({ origin: 'IMPORT', sourceImportId: ids.import });
    expect(document.ecosystemMemberships).toMatchObject([{ ecosystemId: ids.ecosystem, name: 'Summit attendees', kind: 'EVENT_ATTENDEES' }]);
  });

  it('lists completions, invitations and their campaigns', async () => {
    const document = await exportOf(api, ids.ada);
    expect(document.completions.map((completion) => [completion.kind, completion.source])).toEqual([
      ['SESSION_ATTENDED', 'IMPORT'],
      ['CERTIFICATION_EARNED', 'API'],
    ]);
    expect(document.completions[0]!.externalId).toMatch(/^import:/);
    expect(document.completions[1]!.externalId).toBe('crm-42');
    expect(document.invitations).toHaveLength(1);
    expect(document.invitations[0]).toMatchObject({ campaignId: ids.campaign, completionId: document.completions[0]!.id, networks: ['LINKEDIN', 'X'] });
    expect(document.invitations[0]!.shareUrl).toBe(`http://127.0.0.1:1/s/${await shareTokenOf(document.invitations[0]!.id)}`);
    expect(document.campaigns).toEqual([
      { id: ids.campaign, name: 'Summit sharing', outcome: 'EVENT_REGISTRATION', status: 'LIVE', interactionId: ids.interaction, teamId: ids.team, teamName: 'Field marketing' },
    ]);
    expect(document.interactions).toMatchObject([{ id: ids.interaction, name: 'Data Summit', kind: 'EVENT' }]);
    expect(document.importRows).toMatchObject([{ importId: ids.import, fileName: 'attendees.csv', line: 3, outcome: 'CREATED' }]);
  });

  it('answers admins only', async () => {
    for (const role of ['viewer', 'editor'] as const) {
      const error = await failure(exportOf(member(app.url, organizationId, role), ids.ada));
      expect(error.code).toBe('FORBIDDEN');
      expect(error.message).toContain('admin role');
    }
    const conversionsKey = new Caller(app.url, { sub: 'test:intake', kind: 'api_key', org: organizationId, role: 'admin', scopes: ['conversions'], partnerId: null });
    expect((await failure(exportOf(conversionsKey, ids.ada))).code).toBe('FORBIDDEN');
    const partner = new Caller(app.url, { sub: 'test:partner', kind: 'partner', org: organizationId, role: 'viewer', scopes: ['read'], partnerId: 'Acme' });
    expect((await failure(exportOf(partner, ids.ada))).code).toBe('FORBIDDEN');
    expect((await failure(exportOf(operator(app.url), ids.ada))).code).toBe('FORBIDDEN');
  });

  it('hides other organizations and unknown ids', async () => {
    const other = await newOrganization(app, 'Other Org');
    const foreign = await failure(exportOf(other.api, ids.ada));
    expect(foreign.code).toBe('NOT_FOUND');
    expect(foreign.message).toContain(ids.ada);
    expect((await failure(exportOf(api, '00000000-0000-4000-8000-000000000000'))).code).toBe('NOT_FOUND');
  });

  it('resolves references for admins of the organization', async () => {
    const own = await api.request<{ _entities: unknown[] }>(ENTITIES, { r: [{ __typename: 'ParticipantExport', participantId: ids.ada }] });
    expect(own._entities).toEqual([{ participantId: ids.ada, emailHash: emailHash('ada.lovelace@example.com'), profile: { email: 'ada.lovelace@example.com' } }]);
    const other = await newOrganization(app, 'Prober Org');
    const foreign = await other.api.request<{ _entities: unknown[] }>(ENTITIES, { r: [{ __typename: 'ParticipantExport', participantId: ids.ada }] });
    expect(foreign._entities).toEqual([null]);
    const editor = member(app.url, organizationId, 'editor');
    const rejected = await failure(editor.request(ENTITIES, { r: [{ __typename: 'ParticipantExport', participantId: ids.ada }] }));
    expect(rejected.code).toBe('FORBIDDEN');
  });
});

describe('erasure in campaigns', () => {
  it('removes completion ids and published events', async () => {
    const em = app.runtime.em();
    await em.execute(`update outbox_message set published_at = now() where message_key = ?`, [ids.ada]);
    const { eraseParticipant } = await api.request<{ eraseParticipant: { erasedAt: string } }>(
      `mutation($id: ID!) { eraseParticipant(id: $id) { erasedAt } }`,
      { id: ids.ada },
    );
    expect(eraseParticipant.erasedAt).not.toBeNull();
    const [kept] = await em.execute<{ published: string; pending: string; external: string }[]>(
      `select (select count(*) from outbox_message where message_key = ? and published_at is not null) as published,
              (select count(*) from outbox_message where message_key = ? and published_at is null) as pending,
              (select count(*) from completion where participant_id = ? and external_id is not null) as external`,
      [ids.ada, ids.ada, ids.ada],
    );
    expect(Number(kept!.published)).toBe(0);
    expect(Number(kept!.pending)).toBe(1);
    expect(Number(kept!.external)).toBe(0);
    const erased = await eventsOf(app, organizationId, 'participant.erased');
    expect(erased.map((event) => event.data)).toEqual([{ participantId: ids.ada, emailHash: emailHash('ada.lovelace@example.com') }]);
  });

  it('leaves nothing to export', async () => {
    const error = await failure(exportOf(api, ids.ada));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain('erased');
    const references = await api.request<{ _entities: unknown[] }>(ENTITIES, { r: [{ __typename: 'ParticipantExport', participantId: ids.ada }] });
    expect(references._entities).toEqual([null]);
  });

  it('changes nothing when repeated', async () => {
    const before = await api.request<{ participant: { erasedAt: string; email: string } }>(`query($id: ID!) { participant(id: $id) { erasedAt email } }`, { id: ids.ada });
    const { eraseParticipant } = await api.request<{ eraseParticipant: { erasedAt: string; email: string } }>(
      `mutation($id: ID!) { eraseParticipant(id: $id) { erasedAt email } }`,
      { id: ids.ada },
    );
    expect(eraseParticipant).toEqual(before.participant);
    expect(await eventsOf(app, organizationId, 'participant.erased')).toHaveLength(1);
  });

  it('keeps the other participant', async () => {
    const { participants } = await api.request<{ participants: { nodes: { id: string; email: string }[] } }>(
      `{ participants(search: "bob.other", first: 5) { nodes { id email } } }`,
    );
    const bob = await exportOf(api, participants.nodes[0]!.id);
    expect(bob.profile.email).toBe('bob.other@example.com');
    expect(bob.completions).toHaveLength(1);
    expect(bob.completions[0]!.externalId).toMatch(/^import:/);
  });
});
