/**
 * Integration: participants on real PostgreSQL: one per normalized e-mail,
 * profiles and network sizes, consent per purpose with its events, lineage,
 * updates, ecosystem membership, erasure and who may erase, and list filters.
 */
import { jest } from '@jest/globals';
import { emailHash } from '@alg/service-kit';
import { Caller, type CampaignsApp, eventsOf, failure, member, newOrganization, startCampaigns } from './support/campaigns-app.js';

jest.setTimeout(60_000);

let app: CampaignsApp;
let api: Caller;
let organizationId: string;
let ecosystemId: string;

const FIELDS = `id email firstName lastName company title potentialReach
  profiles { network url size } consent { contact partnerSharing changedAt }
  ecosystems { id } lineage { origin sourceImportId } erasedAt`;

interface ParticipantView {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  company: string | null;
  potentialReach: number;
  profiles: { network: string; url: string | null; size: number | null }[];
  consent: { contact: boolean; partnerSharing: boolean; changedAt: string | null };
  ecosystems: { id: string }[];
  lineage: { origin: string };
  erasedAt: string | null;
}

async function create(input: Record<string, unknown>): Promise<ParticipantView> {
  const { createParticipant } = await api.request<{ createParticipant: ParticipantView }>(
    `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { ${FIELDS} } }`,
    { input },
  );

  return createParticipant;
}

beforeAll(async () => {
  app = await startCampaigns();
  ({ api, organizationId } = await newOrganization(app));
  const { createEcosystem } = await api.request<{ createEcosystem: { id: string } }>(
    `mutation { createEcosystem(input: { name: "Community", kind: USER_COMMUNITY }) { id } }`,
  );
  ecosystemId = createEcosystem.id;
});

afterAll(async () => {
  await app?.close();
});

describe('participant identity', () => {
  it('merges case and spaces', async () => {
    const first = await create({ email: 'Grace.Hopper@Example.COM', firstName: 'Grace' });
    const second = await create({ email: '  grace.hopper@example.com ', lastName: 'Hopper', ecosystemIds: [ecosystemId] });
    expect(second.id).toBe(first.id);
    expect(second.email).toBe('grace.hopper@example.com');
    expect([second.firstName, second.lastName]).toEqual(['Grace', 'Hopper']);
    const merged = await eventsOf(app, organizationId, 'participant.merged');
    expect(merged.at(-1)?.data).toMatchObject({ participantId: first.id, origin: 'api', changedFields: ['lastName'], joinedEcosystemIds: [ecosystemId] });
  });

  it('keeps the normalized value unique', async () => {
    const rows = await app.runtime.em().execute<{ count: string }[]>(
      `select count(*) as count from participant where organization_id = ? and email = 'grace.hopper@example.com'`,
      [organizationId],
    );
    expect(Number(rows[0]!.count)).toBe(1);
  });

  it('refuses an unnormalized raw write', async () => {
    await expect(
      app.runtime.em().execute(
        `insert into participant (id, organization_id, email, origin) values (gen_random_uuid(), ?, 'Mixed@Example.com', 'api')`,
        [organizationId],
      ),
    ).rejects.toThrow(/participant_email_normalized_chk/);
  });

  it('rejects an invalid address', async () => {
    const error = await failure(create({ email: 'not-an-address' }));
    expect(error.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a taken address on update', async () => {
    const ada = await create({ email: 'ada@example.com' });
    await create({ email: 'alan@example.com' });
    const error = await failure(
      api.request(`mutation($id: ID!) { updateParticipant(id: $id, input: { email: "ALAN@example.com" }) { id } }`, { id: ada.id }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('alan@example.com');
  });
});

describe('profiles and consent', () => {
  it('stores profiles and reach', async () => {
    const person = await create({
      email: 'reach@example.com',
      profiles: [
        { network: 'LINKEDIN', url: 'https://www.linkedin.com/in/reach', size: 1200 },
        { network: 'X', size: 300 },
      ],
    });
    expect(person.potentialReach).toBe(1500);
    expect(person.profiles).toEqual([
      { network: 'LINKEDIN', url: 'https://www.linkedin.com/in/reach', size: 1200 },
      { network: 'X', url: null, size: 300 },
    ]);
  });

  it('rejects a profile that is no URL', async () => {
    const error = await failure(create({ email: 'badurl@example.com', profiles: [{ network: 'LINKEDIN', url: 'linkedin/in/x' }] }));
    expect(error.message).toContain('profiles.linkedin.url');
  });

  it('rejects a negative size', async () => {
    const error = await failure(create({ email: 'negative@example.com', profiles: [{ network: 'X', size: -5 }] }));
    expect(error.code).toBe('BAD_USER_INPUT');
  });

  it('defaults consent without an event', async () => {
    const person = await create({ email: 'default-consent@example.com' });
    expect(person.consent).toEqual({ contact: true, partnerSharing: false, changedAt: null });
    const changes = await eventsOf(app, organizationId, 'participant.consent-changed');
    expect(changes.some((event) => event.data.participantId === person.id)).toBe(false);
  });

  it('emits non-default initial consent', async () => {
    const person = await create({ email: 'sharing@example.com', consent: { partnerSharing: true } });
    const events = (await eventsOf(app, organizationId)).filter((event) => event.data.participantId === person.id);
    expect(events.map((event) => event.type)).toEqual(['participant.created', 'participant.consent-changed']);
    expect(events[1]!.data).toMatchObject({ contact: true, partnerSharing: true });
  });

  it('withdraws and regrants explicitly', async () => {
    const person = await create({ email: 'withdraw@example.com' });
    await api.request(`mutation($id: ID!) { setParticipantConsent(id: $id, consent: { contact: false }) { id } }`, { id: person.id });
    const merged = await create({ email: 'withdraw@example.com', consent: { contact: true } });
    expect(merged.consent.contact).toBe(false);
    const { setParticipantConsent } = await api.request<{ setParticipantConsent: { consent: { contact: boolean } } }>(
      `mutation($id: ID!) { setParticipantConsent(id: $id, consent: { contact: true }) { consent { contact } } }`,
      { id: person.id },
    );
    expect(setParticipantConsent.consent.contact).toBe(true);
    const changes = (await eventsOf(app, organizationId, 'participant.consent-changed')).filter(
      (event) => event.data.participantId === person.id,
    );
    expect(changes.map((event) => event.data.contact)).toEqual([false, true]);
  });
});

describe('participant changes', () => {
  it('updates fields with an event', async () => {
    const person = await create({ email: 'update@example.com', firstName: 'Old' });
    await api.request(
      `mutation($id: ID!) { updateParticipant(id: $id, input: { firstName: "New", company: "Contoso", profiles: [{ network: FACEBOOK, size: 40 }] }) { id } }`,
      { id: person.id },
    );
    const updated = (await eventsOf(app, organizationId, 'participant.updated')).find((event) => event.data.participantId === person.id);
    expect(updated?.data.changedFields).toEqual(['firstName', 'company', 'profiles.facebook']);
  });

  it('joins and leaves ecosystems', async () => {
    const person = await create({ email: 'member@example.com' });
    await api.request(`mutation($id: ID!, $e: [ID!]!) { addParticipantToEcosystems(id: $id, ecosystemIds: $e) { id } }`, {
      id: person.id,
      e: [ecosystemId],
    });
    await api.request(`mutation($id: ID!, $e: ID!) { removeParticipantFromEcosystem(id: $id, ecosystemId: $e) { id } }`, {
      id: person.id,
      e: ecosystemId,
    });
    const types = (await eventsOf(app, organizationId))
      .filter((event) => event.data.participantId === person.id)
      .map((event) => event.type);
    expect(types).toEqual(['participant.created', 'participant.joined-ecosystem', 'participant.left-ecosystem']);
    const error = await failure(
      api.request(`mutation($id: ID!, $e: ID!) { removeParticipantFromEcosystem(id: $id, ecosystemId: $e) { id } }`, { id: person.id, e: ecosystemId }),
    );
    expect(error.message).toContain('not a member');
  });

  it('erases personal data', async () => {
    const person = await create({ email: 'erase.me@example.com', firstName: 'Erin', profiles: [{ network: 'X', size: 9 }], ecosystemIds: [ecosystemId] });
    const { eraseParticipant } = await api.request<{ eraseParticipant: ParticipantView }>(
      `mutation($id: ID!) { eraseParticipant(id: $id) { ${FIELDS} } }`,
      { id: person.id },
    );
    expect(eraseParticipant.firstName).toBeNull();
    expect(eraseParticipant.email).not.toContain('erase.me');
    expect(eraseParticipant.profiles).toEqual([]);
    expect(eraseParticipant.ecosystems).toEqual([]);
    expect(eraseParticipant.consent.contact).toBe(false);
    const stored = await app.runtime.em().execute<{ hits: string }[]>(
      `select count(*) as hits from participant where email like '%erase.me%' or first_name = 'Erin'`,
    );
    expect(Number(stored[0]!.hits)).toBe(0);
    const erased = await eventsOf(app, organizationId, 'participant.erased');
    expect(erased.map((event) => event.data)).toContainEqual({ participantId: person.id, emailHash: emailHash('erase.me@example.com') });
  });

  it('erases for admins only', async () => {
    // A separate organization keeps this erasure out of the counts of the list tests.
    const own = await newOrganization(app, 'Erasure Org');
    const { createParticipant: person } = await own.api.request<{ createParticipant: { id: string } }>(
      `mutation { createParticipant(input: { email: "kept.by.editor@example.com", firstName: "Kim" }) { id } }`,
    );
    const erase = `mutation($id: ID!) { eraseParticipant(id: $id) { id erasedAt } }`;
    const editorError = await failure(member(app.url, own.organizationId, 'editor').request(erase, { id: person.id }));
    expect(editorError.code).toBe('FORBIDDEN');
    expect(editorError.message).toContain('needs the admin role; the caller has editor');
    const readOnlyAdmin = new Caller(app.url, { ...own.api.identity, scopes: ['read'] });
    const scopeError = await failure(readOnlyAdmin.request(erase, { id: person.id }));
    expect(scopeError.code).toBe('FORBIDDEN');
    expect(scopeError.message).toContain('needs the write scope');
    const [stored] = await app.runtime.em().execute<{ first_name: string | null; erased_at: Date | null }[]>(
      `select first_name, erased_at from participant where id = ?`,
      [person.id],
    );
    expect(stored!.first_name).toBe('Kim');
    expect(stored!.erased_at).toBeNull();
    const { eraseParticipant } = await own.api.request<{ eraseParticipant: { erasedAt: string | null } }>(erase, { id: person.id });
    expect(eraseParticipant.erasedAt).not.toBeNull();
  });

  it('refuses changing an erased one', async () => {
    const person = await create({ email: 'gone@example.com' });
    await api.request(`mutation($id: ID!) { eraseParticipant(id: $id) { id } }`, { id: person.id });
    const error = await failure(api.request(`mutation($id: ID!) { updateParticipant(id: $id, input: { firstName: "X" }) { id } }`, { id: person.id }));
    expect(error.code).toBe('INVALID_STATE');
  });
});

describe('participant lists', () => {
  it('filters by search and consent', async () => {
    const { participants } = await api.request<{ participants: { totalCount: number; nodes: { email: string }[] } }>(
      `{ participants(search: "withdraw", contactConsent: true) { totalCount nodes { email } } }`,
    );
    expect(participants.nodes.map((node) => node.email)).toEqual(['withdraw@example.com']);
  });

  it('hides erased by default', async () => {
    const visible = await api.request<{ participants: { totalCount: number } }>(`{ participants(first: 500) { totalCount } }`);
    const all = await api.request<{ participants: { totalCount: number } }>(`{ participants(first: 500, includeErased: true) { totalCount } }`);
    expect(all.participants.totalCount - visible.participants.totalCount).toBe(2);
  });

  it('sorts by e-mail descending', async () => {
    const { participants } = await api.request<{ participants: { nodes: { email: string }[] } }>(
      `{ participants(first: 500, orderBy: { field: EMAIL, direction: DESC }) { nodes { email } } }`,
    );
    const emails = participants.nodes.map((node) => node.email);
    expect(emails).toEqual([...emails].sort().reverse());
  });

  it('rejects a forged cursor', async () => {
    const error = await failure(api.request(`{ participants(after: "not-a-cursor") { totalCount } }`));
    expect(error.message).toContain('cursor');
  });
});
