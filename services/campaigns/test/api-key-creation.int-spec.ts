/**
 * Integration: creating API keys on real PostgreSQL. A key created by an
 * API key stays within the creating key's scopes and role, console admins
 * create any key, and partner-portal keys are read-only viewers.
 */
import { jest } from '@jest/globals';
import { Caller, type CampaignsApp, failure, member, newOrganization, startCampaigns } from './support/campaigns-app.js';

jest.setTimeout(60_000);

const CREATE = `mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id role scopes partnerName } }
}`;

interface CreatedKey {
  secret: string;
  apiKey: { id: string; role: string; scopes: string[]; partnerName: string | null };
}

let app: CampaignsApp;
let organizationId: string;

async function create(caller: Caller, input: Record<string, unknown>): Promise<CreatedKey> {
  return (await caller.request<{ createApiKey: CreatedKey }>(CREATE, { input })).createApiKey;
}

function adminKey(scopes: string[]): Caller {
  return new Caller(app.url, { ...member(app.url, organizationId).identity, scopes });
}

function consoleAdmin(): Caller {
  return new Caller(app.url, { sub: 'account:console-admin', kind: 'user', org: organizationId, role: 'admin', scopes: ['read', 'write'], partnerId: null });
}

async function storedKeyCount(): Promise<number> {
  const [row] = await app.runtime.em().execute<{ keys: string }[]>(`select count(*) as keys from api_key where organization_id = ?`, [organizationId]);

  return Number(row!.keys);
}

beforeAll(async () => {
  app = await startCampaigns();
  ({ organizationId } = await newOrganization(app, 'Key Org'));
  await member(app.url, organizationId).request(
    `mutation { createEcosystem(input: { name: "Acme customers", kind: PARTNER_NETWORK, partnerName: "Acme" }) { id } }`,
  );
});

afterAll(async () => {
  await app?.close();
});

describe('keys created by API keys', () => {
  it('rejects a scope the creator lacks', async () => {
    const before = await storedKeyCount();
    const error = await failure(create(adminKey(['write']), { name: 'esc', role: 'ADMIN', scopes: ['READ'] }));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe('An API key cannot create a key with the READ scope, which it lacks; the creating key has WRITE.');
    expect(await storedKeyCount()).toBe(before);
  });

  it('rejects default scopes beyond the creator', async () => {
    const error = await failure(create(adminKey(['write']), { name: 'defaults', role: 'VIEWER' }));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toContain('the READ scope, which it lacks; the creating key has WRITE');
  });

  it('allows scopes the creator holds', async () => {
    const created = await create(adminKey(['read', 'write']), { name: 'subset', role: 'VIEWER', scopes: ['READ'] });
    expect(created.apiKey.role).toBe('VIEWER');
    expect(created.apiKey.scopes).toEqual(['READ']);
    expect(created.secret).toMatch(/^alg_/);
  });

  it('lets write cover conversions', async () => {
    const created = await create(adminKey(['write']), { name: 'intake', scopes: ['CONVERSIONS'] });
    expect(created.apiKey.scopes).toEqual(['CONVERSIONS']);
  });

  it('rejects a role above the creator', async () => {
    const editorKey = member(app.url, organizationId, 'editor');
    const error = await failure(create(editorKey, { name: 'raise', role: 'ADMIN' }));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toContain('needs the admin role; the caller has editor');
  });
});

describe('keys created by console users', () => {
  it('keeps any scopes for admins', async () => {
    const created = await create(consoleAdmin(), { name: 'console', role: 'ADMIN', scopes: ['READ', 'WRITE', 'CONVERSIONS'] });
    expect(created.apiKey.role).toBe('ADMIN');
    expect(created.apiKey.scopes).toEqual(['CONVERSIONS', 'READ', 'WRITE']);
  });

  it('defaults to an editor with read and write', async () => {
    const created = await create(consoleAdmin(), { name: 'plain' });
    expect(created.apiKey.role).toBe('EDITOR');
    expect(created.apiKey.scopes).toEqual(['READ', 'WRITE']);
  });
});

describe('partner-portal keys', () => {
  it('default to a read-only viewer', async () => {
    const created = await create(consoleAdmin(), { name: 'portal', partnerName: 'Acme' });
    expect(created.apiKey).toMatchObject({ role: 'VIEWER', scopes: ['READ'], partnerName: 'Acme' });
  });

  it('need the read scope in a creating key', async () => {
    const created = await create(adminKey(['read', 'write']), { name: 'portal by key', partnerName: 'Acme' });
    expect(created.apiKey).toMatchObject({ role: 'VIEWER', scopes: ['READ'] });
    const error = await failure(create(adminKey(['write']), { name: 'portal by write key', partnerName: 'Acme' }));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toContain('the READ scope, which it lacks');
  });

  it('reject another role', async () => {
    const error = await failure(create(consoleAdmin(), { name: 'portal admin', role: 'ADMIN', partnerName: 'Acme' }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(
      'Invalid role "ADMIN": a partner-portal key is a read-only VIEWER; omit role or pass VIEWER, or omit partnerName for an organization key.',
    );
  });

  it('reject write scopes', async () => {
    const error = await failure(create(consoleAdmin(), { name: 'portal writer', scopes: ['READ', 'WRITE'], partnerName: 'Acme' }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('Invalid scopes ["READ","WRITE"]: a partner-portal key may only read; omit scopes or pass [READ].');
  });

  it('reject an unknown partner', async () => {
    const error = await failure(create(consoleAdmin(), { name: 'portal', partnerName: 'Nobody' }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('no partner network ecosystem of this organization has that partner');
  });
});
