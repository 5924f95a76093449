/**
 * Integration: POST /auth/sso end to end. A local OpenID provider on
 * 127.0.0.1 serves discovery and a JWKS and signs the ID tokens. The built
 * gateway verifies them and gets the account from a real campaigns service,
 * and the session it issues then reads the organization through GraphQL.
 * Every token carries a nonce, the SHA-256 of a verifier that the sign-in
 * request presents, and can be exchanged once.
 */
import { createHash, randomBytes } from 'node:crypto';
import { jest } from '@jest/globals';
import { TEST_AUDIENCE, TestOidcProvider, type SigningKey, type TokenClaims } from './support/oidc-provider.js';
import { type GatewayProcess, startGateway } from './support/gateway-process.js';
import { type CampaignsApp, createOrganization, gatewayEnvFor, startCampaignsBackend, type TestOrganization } from './support/campaigns-backend.js';

jest.setTimeout(120_000);

let provider: TestOidcProvider;
let rsa: SigningKey;
let ec: SigningKey;
let campaigns: CampaignsApp;
let gateway: GatewayProcess;
let main: TestOrganization;
let partner: TestOrganization;
const suffix = Date.now().toString(36);
const ada = `ada.${suffix}@example.com`;
const bob = `bob.${suffix}@example.com`;

interface SsoAnswer {
  status: number;
  body: {
    token?: string;
    role?: string;
    organization?: { organizationId: string; organizationSlug: string } | null;
    memberships?: { organizationSlug: string; role: string }[];
    error?: { code: string; reason?: string; message: string };
  };
}

/** The nonce verifier of each token that token() made. */
const verifiers = new Map<string, string>();
const nonceOf = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

async function sso(idToken: string | undefined, organization?: string, nonceVerifier = idToken && verifiers.get(idToken)): Promise<SsoAnswer> {
  const response = await fetch(`${gateway.url}/auth/sso`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ idToken, organization, nonceVerifier }),
  });

  return { status: response.status, body: (await response.json()) as SsoAnswer['body'] };
}

/** Signs a token whose nonce is the hash of a new verifier, as a client starting a sign-in would ask for. */
async function token(claims: TokenClaims = {}, key: SigningKey = rsa): Promise<string> {
  const verifier = randomBytes(32).toString('base64url');
  const idToken = await provider.idToken(key, { nonce: nonceOf(verifier), ...claims });
  verifiers.set(idToken, verifier);

  return idToken;
}
const now = () => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  provider = await TestOidcProvider.start();
  rsa = await provider.createKey('RS256');
  ec = await provider.createKey('ES256');
  campaigns = await startCampaignsBackend();
  main = await createOrganization(campaigns, 'SSO Main');
  partner = await createOrganization(campaigns, 'SSO Partner');
  await main.addMember(ada, 'ADMIN');
  await partner.addMember(ada, 'VIEWER');
  await main.addMember(bob, 'EDITOR');
  gateway = await startGateway({
    ...gatewayEnvFor(campaigns),
    OIDC_ISSUER: provider.issuer,
    OIDC_AUDIENCE: TEST_AUDIENCE,
    RATE_LIMIT_SIGN_INS: '1000',
  });
});

afterAll(async () => {
  await gateway?.stop();
  await campaigns?.close();
  await provider?.stop();
});

describe('single sign-on', () => {
  const adaSubject = `ada-${suffix}`;

  it('signs in a member with a valid token', async () => {
    const answer = await sso(await token({ sub: adaSubject, email: ada }), main.slug);

    expect(answer.status).toBe(200);
    expect(answer.body.role).toBe('admin');
    expect(answer.body.organization?.organizationId).toBe(main.organizationId);
    expect(answer.body.memberships?.map((membership) => [membership.organizationSlug, membership.role]).sort()).toEqual(
      [
        [main.slug, 'admin'],
        [partner.slug, 'viewer'],
      ].sort(),
    );
  });

  it('opens a session on the chosen organization', async () => {
    const answer = await sso(await token({ sub: adaSubject, email: ada }, ec), partner.slug);
    const response = await fetch(gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${answer.body.token}` },
      body: JSON.stringify({ query: '{ organization { id } }' }),
    });
    const body = (await response.json()) as { data: { organization: { id: string } } };

    expect(answer.status).toBe(200);
    expect(answer.body.role).toBe('viewer');
    expect(response.status).toBe(200);
    expect(body.data.organization.id).toBe(partner.organizationId);
  });

  it('signs in a linked subject without email', async () => {
    const answer = await sso(await token({ sub: adaSubject, email: undefined, email_verified: undefined }), main.slug);

    expect(answer.status).toBe(200);
    expect(answer.body.role).toBe('admin');
  });

  it('rejects an organization the user is not in', async () => {
    const answer = await sso(await token({ sub: `bob-${suffix}`, email: bob }), partner.slug);

    expect(answer.status).toBe(401);
    expect(answer.body.error?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects an unknown e-mail', async () => {
    const answer = await sso(await token({ email: `stranger.${suffix}@example.com` }));

    expect(answer.status).toBe(401);
    expect(answer.body.error?.message).toBe(
      "Sign-in failed: no console account with the ID token's e-mail is a member of the organization; an admin adds members with addMember.",
    );
  });

  it('rejects a new subject without email', async () => {
    const answer = await sso(await token({ email: undefined, email_verified: undefined }));

    expect(answer.status).toBe(401);
    expect(answer.body.error?.message).toBe(
      'Sign-in failed: no console account is linked to this ID token, and it has no email claim to link one by. ' +
        'Request the email scope from the identity provider.',
    );
  });

  it.each([
    ['false', { email_verified: false }],
    ['missing', { email_verified: undefined }],
  ])('rejects an e-mail whose verification is %s', async (_case, claims) => {
    const answer = await sso(await token({ email: bob, ...claims }));

    expect(answer.status).toBe(401);
    expect(answer.body.error?.message).toBe(
      'Sign-in failed: no console account is linked to this ID token, and its e-mail is not verified (email_verified is not true), ' +
        'so it cannot be linked to an account.',
    );
  });

  it('does not link an unverified e-mail', async () => {
    const subject = `bob-unverified-${suffix}`;
    await sso(await token({ sub: subject, email: bob, email_verified: false }));
    const later = await sso(await token({ sub: subject, email: undefined, email_verified: undefined }));

    expect(later.status).toBe(401);
  });

  it('exchanges a token only once', async () => {
    const idToken = await token({ sub: adaSubject, email: ada });
    expect((await sso(idToken, main.slug)).status).toBe(200);

    const again = await sso(idToken, main.slug);
    expect(again.status).toBe(401);
    expect(again.body.error?.reason).toBe('replayed');
  });

  it('keeps a token usable after a failed attempt', async () => {
    const idToken = await token({ sub: adaSubject, email: ada });
    const stranger = await createOrganization(campaigns, `SSO Stranger ${suffix}`);

    expect((await sso(idToken, stranger.slug)).status).toBe(401);
    expect((await sso(idToken, main.slug)).status).toBe(200);
  });

  it('refuses a replay within the clock tolerance', async () => {
    const idToken = await token({ sub: adaSubject, email: ada, iat: now() - 60, exp: now() - 5 });
    expect((await sso(idToken, main.slug)).status).toBe(200);

    expect((await sso(idToken, main.slug)).body.error?.reason).toBe('replayed');
  });

  it('lets no other account use up a nonce', async () => {
    const verifier = randomBytes(32).toString('base64url');
    const own = await provider.idToken(rsa, { sub: adaSubject, email: ada, nonce: nonceOf(verifier) });
    const copied = await provider.idToken(rsa, { sub: `copier-${suffix}`, email: `copier.${suffix}@example.com`, nonce: nonceOf(verifier) });

    expect((await sso(copied, undefined, verifier)).status).toBe(401);
    expect((await sso(own, main.slug, verifier)).status).toBe(200);
  });

  it('rejects a verifier that is not a string', async () => {
    const response = await fetch(`${gateway.url}/auth/sso`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ idToken: await token({ email: ada }), nonceVerifier: ['a'] }),
    });

    expect(response.status).toBe(400);
  });

  it.each([
    ['no nonce verifier', async () => sso(await token({ email: ada }), undefined, '')],
    ['another nonce verifier', async () => sso(await token({ email: ada }), undefined, randomBytes(32).toString('base64url'))],
    ['a token without nonce', async () => sso(await token({ email: ada, nonce: undefined }), undefined, 'any-verifier')],
  ])('rejects %s', async (_case, send) => {
    const answer = await send();

    expect(answer.status).toBe(401);
    expect(answer.body.error?.reason).toBe('nonce');
    expect(answer.body.token).toBeUndefined();
  });

  it('rejects a request without a token', async () => {
    const answer = await sso(undefined);

    expect(answer.status).toBe(400);
    expect(answer.body.error?.code).toBe('BAD_USER_INPUT');
  });

  describe('invalid tokens', () => {
    const cases: [string, string, () => Promise<string>][] = [
      ['another issuer', 'issuer', () => token({ email: ada, iss: 'https://idp.example.com' })],
      ['another audience', 'audience', () => token({ email: ada, aud: 'other-client' })],
      ['an expired token', 'expired', () => token({ email: ada, iat: now() - 900, exp: now() - 600 })],
      ['a token not yet valid', 'not_yet_valid', () => token({ email: ada, nbf: now() + 600, exp: now() + 900 })],
      ['an unknown key id', 'unknown_key', async () => provider.idToken(await provider.createKey('ES256', false), { email: ada })],
      ['a signature by another key', 'signature', async () => provider.idToken(await provider.createKey('RS256', false), { email: ada }, rsa.kid)],
      ['alg none', 'algorithm', async () => provider.unsignedToken({ email: ada })],
      ['a token without exp', 'missing_claim', () => token({ email: ada, exp: undefined })],
    ];

    it.each(cases)('rejects %s', async (_case, reason, make) => {
      const answer = await sso(await make());

      expect(answer.status).toBe(401);
      expect(answer.body.error?.code).toBe('UNAUTHENTICATED');
      expect(answer.body.error?.reason).toBe(reason);
      expect(answer.body.token).toBeUndefined();
    });
  });
});
