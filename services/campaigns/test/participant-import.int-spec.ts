/**
 * Integration: participant imports on real PostgreSQL, by the GraphQL
 * mutation and by the streaming upload endpoint: the presets on realistic
 * exports, delimiters, BOM and quoting, duplicates, per-row reports,
 * idempotent re-import, JSON, completion imports and bad input.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { jest } from '@jest/globals';
import { IDENTITY_HEADER } from '@alg/service-kit';
import { type CampaignsApp, type Caller, eventsOf, GraphqlFailure, member, newOrganization, startCampaigns } from './support/campaigns-app.js';

jest.setTimeout(120_000);

const ROOT = resolve(import.meta.dirname, '../../..');
const REPORT = `id status rowCount createdCount mergedCount rejectedCount skippedCount format delimiter
  rejectedRows { record line reason } previousImport { id }`;

interface Report {
  id: string;
  status: string;
  rowCount: number;
  createdCount: number;
  mergedCount: number;
  rejectedCount: number;
  skippedCount: number;
  format: string;
  delimiter: string | null;
  rejectedRows: { record: number; line: number; reason: string }[];
  previousImport: { id: string } | null;
}

let app: CampaignsApp;
let api: Caller;
let organizationId: string;

async function ecosystem(name: string): Promise<string> {
  const { createEcosystem } = await api.request<{ createEcosystem: { id: string } }>(
    `mutation($name: String!) { createEcosystem(input: { name: $name, kind: EVENT_ATTENDEES }) { id } }`,
    { name },
  );

  return createEcosystem.id;
}

async function importText(input: Record<string, unknown>): Promise<Report> {
  const { importParticipants } = await api.request<{ importParticipants: Report }>(
    `mutation($input: ImportParticipantsInput!) { importParticipants(input: $input) { ${REPORT} } }`,
    { input },
  );

  return importParticipants;
}

async function person(email: string) {
  const { participants } = await api.request<{
    participants: { nodes: { email: string; firstName: string | null; lastName: string | null; company: string | null; title: string | null; consent: { contact: boolean }; profiles: { network: string; url: string | null; size: number | null }[]; ecosystems: { id: string }[] }[] };
  }>(
    `query($search: String) { participants(search: $search) { nodes { email firstName lastName company title consent { contact } profiles { network url size } ecosystems { id } } } }`,
    { search: email },
  );

  return participants.nodes.find((node) => node.email === email);
}

beforeAll(async () => {
  app = await startCampaigns();
  ({ api, organizationId } = await newOrganization(app));
});

afterAll(async () => {
  await app?.close();
});

describe('eventbrite export', () => {
  let ecosystemId: string;
  let first: Report;

  beforeAll(async () => {
    ecosystemId = await ecosystem('Eventbrite attendees');
    const csv = await readFile(resolve(ROOT, 'examples/eventbrite-attendees.csv'), 'utf8');
    first = await importText({ ecosystemId, preset: 'EVENTBRITE', csv });
  });

  it('reports every row', () => {
    expect(first).toMatchObject({ status: 'completed', rowCount: 242, createdCount: 240, mergedCount: 1, rejectedCount: 1, delimiter: 'COMMA' });
    expect(first.rejectedRows).toEqual([{ record: 201, line: 202, reason: 'invalid e-mail "pat.doe(at)example.com"' }]);
  });

  it('changes nothing the second time', async () => {
    const csv = await readFile(resolve(ROOT, 'examples/eventbrite-attendees.csv'), 'utf8');
    const before = await app.runtime.em().execute<{ max: string; count: string }[]>(
      `select max(updated_at)::text as max, count(*) as count from participant where organization_id = ?`,
      [organizationId],
    );
    const eventsBefore = (await eventsOf(app, organizationId)).length;
    const second = await importText({ ecosystemId, preset: 'EVENTBRITE', csv });
    expect(second).toMatchObject({ createdCount: 0, mergedCount: 241, rejectedCount: 1, previousImport: { id: first.id } });
    const after = await app.runtime.em().execute<{ max: string; count: string }[]>(
      `select max(updated_at)::text as max, count(*) as count from participant where organization_id = ?`,
      [organizationId],
    );
    expect(after).toEqual(before);
    const newEvents = (await eventsOf(app, organizationId)).slice(eventsBefore).map((event) => event.type);
    expect(newEvents).toEqual(['participant-import.finished']);
  });

  it('lists the rows of the import', async () => {
    const { participantImport } = await api.request<{ participantImport: { rows: { totalCount: number; nodes: { record: number; outcome: string }[] } } }>(
      `query($id: ID!) { participantImport(id: $id) { rows(first: 3, outcomes: [MERGED, REJECTED]) { totalCount nodes { record outcome } } } }`,
      { id: first.id },
    );
    expect(participantImport.rows.totalCount).toBe(2);
    expect(participantImport.rows.nodes.map((node) => node.outcome)).toEqual(['MERGED', 'REJECTED']);
  });
});

describe('file formats', () => {
  it('merges duplicates by case and spaces', async () => {
    const ecosystemId = await ecosystem('Duplicates');
    const report = await importText({ ecosystemId, preset: 'PLAIN', csv: 'email,name\nDup@Example.com,Dee Up\n  dup@example.COM ,\n' });
    expect(report).toMatchObject({ createdCount: 1, mergedCount: 1 });
    expect(await person('dup@example.com')).toMatchObject({ firstName: 'Dee', lastName: 'Up' });
  });

  it('reads semicolons, BOM and quoting', async () => {
    const ecosystemId = await ecosystem('Semicolons');
    const csv = '\uFEFFemail;name;company\n"semi@example.com";"Semi Colon";"Dots; ""Dashes"", and\nLines"\nbad-address;X;Y\n';
    const report = await importText({ ecosystemId, preset: 'CUSTOM', csv, mapping: [
      { field: 'EMAIL', column: 'email' },
      { field: 'FULL_NAME', column: 'name' },
      { field: 'COMPANY', column: 'company' },
    ] });
    expect(report).toMatchObject({ delimiter: 'SEMICOLON', createdCount: 1, rejectedCount: 1 });
    expect(report.rejectedRows).toEqual([{ record: 2, line: 4, reason: 'invalid e-mail "bad-address"' }]);
    expect((await person('semi@example.com'))?.company).toBe('Dots; "Dashes", and\nLines');
  });

  it('reads a given tab delimiter', async () => {
    const ecosystemId = await ecosystem('Tabs');
    const report = await importText({ ecosystemId, preset: 'PLAIN', delimiter: 'TAB', csv: 'email\tname\ntab@example.com\tTab, Person\n' });
    expect(report).toMatchObject({ delimiter: 'TAB', createdCount: 1 });
    expect((await person('tab@example.com'))?.lastName).toBe('Person');
  });

  it('reads a JSON array', async () => {
    const ecosystemId = await ecosystem('JSON people');
    const json = JSON.stringify([
      { email: 'json1@example.com', first: 'Jay', followers: 1200 },
      { email: 'json2@example.com', first: 'Son' },
      { mail: 'missing@example.com' },
    ]);
    const report = await importText({
      ecosystemId,
      preset: 'CUSTOM',
      csv: json,
      mapping: [
        { field: 'EMAIL', column: 'email' },
        { field: 'FIRST_NAME', column: 'first' },
        { field: 'LINKEDIN_SIZE', column: 'followers' },
      ],
    });
    expect(report).toMatchObject({ format: 'JSON', createdCount: 2, rejectedCount: 1 });
    expect((await person('json1@example.com'))?.profiles).toEqual([{ network: 'LINKEDIN', url: null, size: 1200 }]);
  });
});

describe('export presets', () => {
  it('reads the Zoom attendee section', async () => {
    const ecosystemId = await ecosystem('Zoom attendees');
    const zoom = [
      'Attendee Report,',
      'Report Generated:,"Nov 18, 2026 11:02 PM"',
      'Topic,Webinar ID,Actual Start Time,Actual Duration (minutes),# Registered,Unique Viewers,',
      'Northwind Virtual Summit,812 3456 7890,"Nov 18, 2026 09:00 AM",480,3,2,',
      'Host Details,',
      'Attended,User Name (Original Name),Email,Join Time,Leave Time,Time in Session (minutes),Is Guest,',
      'Yes,Host Person,host@northwind.example,"Nov 18, 2026 08:50 AM","Nov 18, 2026 05:00 PM",490,No,',
      'Panelist Details,',
      'Attended,User Name (Original Name),Email,Join Time,Leave Time,Time in Session (minutes),Is Guest,',
      'Yes,Pan Elist,panel@northwind.example,"Nov 18, 2026 08:55 AM","Nov 18, 2026 05:00 PM",485,No,',
      'Attendee Details,',
      'Attended,User Name (Original Name),First Name,Last Name,Email,Organization,Job Title,Join Time,Leave Time,Time in Session (minutes),Join Time,Leave Time,Time in Session (minutes),Is Guest,',
      'Yes,Ada L (Ada Lovelace),Ada,Lovelace,zoom.ada@example.com,Analytical,Engineer,"Nov 18, 2026 09:01 AM","Nov 18, 2026 10:00 AM",59,"Nov 18, 2026 11:00 AM","Nov 18, 2026 12:00 PM",60,No,',
      'Yes,Ada L (Ada Lovelace),Ada,Lovelace,zoom.ada@example.com,Analytical,Engineer,"Nov 18, 2026 02:00 PM","Nov 18, 2026 03:00 PM",60,,,,No,',
      'Yes,Bo,,,zoom.bo@example.com,,,"Nov 18, 2026 09:30 AM","Nov 18, 2026 10:30 AM",60,,,,Yes,',
      'No,Reg Only,Reg,Only,zoom.reg@example.com,,,--,--,--,,,,No,',
    ].join('\r\n');
    const report = await importText({ ecosystemId, preset: 'ZOOM', csv: zoom });
    expect(report).toMatchObject({ rowCount: 4, createdCount: 2, mergedCount: 1, skippedCount: 1, rejectedCount: 0 });
    expect(await person('host@northwind.example')).toBeUndefined();
    expect(await person('zoom.ada@example.com')).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace', company: 'Analytical' });
    expect(await person('zoom.bo@example.com')).toMatchObject({ firstName: 'Bo', lastName: null });
  });

  it('reads a HubSpot contacts export', async () => {
    const ecosystemId = await ecosystem('HubSpot contacts');
    const csv = [
      'Record ID,First Name,Last Name,Email,Phone Number,Company Name,Job Title,LinkedIn URL,Unsubscribed from all email,Create Date',
      '101,Lin,Ked,hub.lin@example.com,,Contoso,CTO,https://www.linkedin.com/in/lin,false,2026-01-01 10:00',
      '102,Opt,Out,hub.optout@example.com,,Contoso,CFO,,true,2026-01-02 10:00',
    ].join('\n');
    const report = await importText({ ecosystemId, preset: 'HUBSPOT', csv });
    expect(report).toMatchObject({ createdCount: 2 });
    expect(await person('hub.lin@example.com')).toMatchObject({
      title: 'CTO',
      consent: { contact: true },
      profiles: [{ network: 'LINKEDIN', url: 'https://www.linkedin.com/in/lin', size: null }],
    });
    expect((await person('hub.optout@example.com'))?.consent.contact).toBe(false);
  });
});

describe('bad input', () => {
  it('names the missing column', async () => {
    const ecosystemId = await ecosystem('Wrong preset');
    const error = await importText({ ecosystemId, preset: 'EVENTBRITE', csv: 'mail,name\na@example.com,A\n' }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(GraphqlFailure);
    expect((error as GraphqlFailure).message).toContain('"Email"');
    const { participantImports } = await api.request<{ participantImports: { nodes: { status: string; error: string }[] } }>(
      `query($e: ID) { participantImports(ecosystemId: $e) { nodes { status error } } }`,
      { e: ecosystemId },
    );
    expect(participantImports.nodes[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('"Email"') });
  });

  it('refuses people who were erased', async () => {
    const ecosystemId = await ecosystem('Erased again');
    await importText({ ecosystemId, preset: 'PLAIN', csv: 'email\nforget.me@example.com\n' });
    const { participants } = await api.request<{ participants: { nodes: { id: string }[] } }>(`{ participants(search: "forget.me") { nodes { id } } }`);
    await api.request(`mutation($id: ID!) { eraseParticipant(id: $id) { id } }`, { id: participants.nodes[0]!.id });
    const report = await importText({ ecosystemId, preset: 'PLAIN', csv: 'email\nforget.me@example.com\n' });
    expect(report.rejectedRows[0]?.reason).toContain('asked to be erased');
  });
});

describe('upload endpoint', () => {
  let ecosystemId: string;

  beforeAll(async () => {
    ecosystemId = await ecosystem('Uploads');
  });

  async function upload(body: string, caller: Caller | null, query = `ecosystemId=${ecosystemId}&preset=plain`) {
    const headers: Record<string, string> = { 'content-type': 'text/csv' };
    if (caller) headers[IDENTITY_HEADER] = await caller.token();

    return fetch(`${app.url}/v1/imports?${query}`, { method: 'POST', headers, body });
  }

  it('imports a streamed file', async () => {
    const response = await upload('email,name\nup1@example.com,Up One\nup2@example.com,Up Two\n', api);
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ status: 'completed', createdCount: 2, format: 'CSV', delimiter: 'COMMA' });
  });

  it('refuses a call without identity', async () => {
    const response = await upload('email\nx@example.com\n', null);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a viewer', async () => {
    const response = await upload('email\nx@example.com\n', member(app.url, organizationId, 'viewer'));
    expect(response.status).toBe(403);
  });

  it('names a bad preset', async () => {
    const response = await upload('email\nx@example.com\n', api, `ecosystemId=${ecosystemId}&preset=salesforce`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain('"salesforce"');
  });

  it('rejects a UTF-16 file', async () => {
    const headers = { 'content-type': 'text/csv', [IDENTITY_HEADER]: await api.token() };
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('email\n', 'utf16le')]);
    const response = await fetch(`${app.url}/v1/imports?ecosystemId=${ecosystemId}&preset=plain`, { method: 'POST', headers, body });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain('UTF-8');
  });

  it('maps columns from the query', async () => {
    const response = await upload('Mail;Given\nmapped@example.com;Map\n', api, `ecosystemId=${ecosystemId}&preset=custom&map.email=Mail&map.first_name=Given`);
    expect(await response.json()).toMatchObject({ createdCount: 1, delimiter: 'SEMICOLON' });
  });
});

describe('completion import', () => {
  let campaignId: string;

  it('invites each attendee once', async () => {
    const ecosystemId = await ecosystem('Session attendees');
    const { createInteraction } = await api.request<{ createInteraction: { id: string } }>(
      `mutation { createInteraction(input: { name: "Keynote", kind: EVENT, venue: VIRTUAL }) { id } }`,
    );
    const { createCampaign } = await api.request<{ createCampaign: { id: string } }>(
      `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
      {
        input: {
          name: 'Keynote sharing',
          interactionId: createInteraction.id,
          ecosystemId,
          outcome: 'ATTENDEE_ENGAGEMENT',
          destinationUrl: 'https://events.example.com/',
          shareKit: [{ network: 'LINKEDIN', template: 'I was at {interactionName} {link}' }],
        },
      },
    );
    await api.request(`mutation($id: ID!) { launchCampaign(id: $id) { id } }`, { id: createCampaign.id });
    campaignId = createCampaign.id;
    const csv = 'email,name\nk1@example.com,Kay One\nk2@example.com,Kay Two\nk1@example.com,Kay One\n';
    const input = { campaignId: createCampaign.id, completionKind: 'SESSION_ATTENDED', preset: 'PLAIN', csv };
    await importText(input);
    await importText(input);
    const { campaign } = await api.request<{ campaign: { completionCount: number; invitationCount: number } }>(
      `query($id: ID!) { campaign(id: $id) { completionCount invitationCount } }`,
      { id: createCampaign.id },
    );
    expect(campaign).toEqual({ completionCount: 2, invitationCount: 2 });
  });

  it('needs the moment kind', async () => {
    const error = (await importText({ campaignId, preset: 'PLAIN', csv: 'email\n' }).catch((err: unknown) => err)) as GraphqlFailure;
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('completionKind');
  });

  it('names an unknown campaign', async () => {
    const error = (await importText({
      campaignId: '00000000-0000-4000-8000-000000000000',
      completionKind: 'CUSTOM',
      preset: 'PLAIN',
      csv: 'email\n',
    }).catch((err: unknown) => err)) as GraphqlFailure;
    expect(error.code).toBe('NOT_FOUND');
  });
});
