/**
 * The OIDC verifier against a real OpenID provider on 127.0.0.1: discovery,
 * JWKS fetched over HTTP, keys generated and tokens signed with jose.
 */
import { createHash } from 'node:crypto';
import { TEST_AUDIENCE, TestOidcProvider, type SigningKey } from '../../test/support/oidc-provider.js';
import { OidcTokenError, OidcUnavailableError, OidcVerifier } from './oidc-verifier.js';

let provider: TestOidcProvider;
let rsa: SigningKey;
let ec: SigningKey;

beforeAll(async () => {
  provider = await TestOidcProvider.start();
  rsa = await provider.createKey('RS256');
  ec = await provider.createKey('ES256');
});

afterAll(async () => {
  await provider.stop();
});

/** A verifier that fetches the JWKS again at once for an unknown kid. */
const verifier = (options: ConstructorParameters<typeof OidcVerifier>[3] = {}) =>
  new OidcVerifier(provider.issuer, TEST_AUDIENCE, '', { jwksCooldownMs: 0, ...options });

async function rejection(promise: Promise<unknown>): Promise<OidcTokenError> {
  const err = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(err instanceof OidcTokenError)) throw new Error(`expected an OidcTokenError, got ${String(err)}`);

  return err;
}

const now = () => Math.floor(Date.now() / 1000);

describe('OidcVerifier', () => {
  it('accepts an RS256 token', async () => {
    const claims = await verifier().verify(await provider.idToken(rsa, { sub: 'user-rs', email: 'ada@example.com' }));

    expect(claims).toMatchObject({ issuer: provider.issuer, subject: 'user-rs', email: 'ada@example.com', emailVerified: true });
    expect(claims.tokenKey).toMatch(/^claims:/);
    expect(claims.acceptedUntilMs).toBeGreaterThan(Date.now() + 300_000);
  });

  it('checks the nonce against its verifier', async () => {
    const oidc = verifier({ requireNonce: true });
    const clientVerifier = 'client-verifier-'.repeat(3);
    const nonce = createHash('sha256').update(clientVerifier).digest('base64url');
    const idToken = await provider.idToken(rsa, { nonce });

    expect((await oidc.verify(idToken, clientVerifier)).tokenKey).toMatch(/^nonce:/);
    expect((await rejection(oidc.verify(idToken, 'another-verifier-'.repeat(3)))).reason).toBe('nonce');
    expect((await rejection(oidc.verify(idToken))).reason).toBe('nonce');
    expect((await rejection(oidc.verify(await provider.idToken(rsa, {}), clientVerifier))).reason).toBe('nonce');
  });

  it('rejects a short nonce verifier', async () => {
    const nonce = createHash('sha256').update('x').digest('base64url');

    expect((await rejection(verifier({ requireNonce: true }).verify(await provider.idToken(rsa, { nonce }), 'x'))).message).toContain('at least 43');
  });

  it('keys a token by its claims, not its text', async () => {
    const oidc = verifier();
    const idToken = await provider.idToken(ec, { sub: 'reencoded' });
    const [header, payload, signature] = idToken.split('.');
    // ES256 accepts (r, n - s) as well as (r, s): the same token with other signature bytes.
    const bytes = Buffer.from(signature!, 'base64url');
    const order = BigInt('0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551');
    const s = BigInt(`0x${bytes.subarray(32).toString('hex')}`);
    const flipped = Buffer.concat([bytes.subarray(0, 32), Buffer.from((order - s).toString(16).padStart(64, '0'), 'hex')]);
    const twin = `${header}.${payload}.${flipped.toString('base64url')}`;

    expect((await oidc.verify(twin)).tokenKey).toBe((await oidc.verify(idToken)).tokenKey);
  });

  it('keys a nonce by subject', async () => {
    const oidc = verifier({ requireNonce: true });
    const sharedVerifier = 'shared-verifier-'.repeat(3);
    const nonce = createHash('sha256').update(sharedVerifier).digest('base64url');
    const [first, second] = await Promise.all(
      ['subject-a', 'subject-b'].map(async (sub) => oidc.verify(await provider.idToken(rsa, { sub, nonce }), sharedVerifier)),
    );

    expect(first!.tokenKey).not.toBe(second!.tokenKey);
  });

  it('accepts an ES256 token', async () => {
    const claims = await verifier().verify(await provider.idToken(ec, { sub: 'user-ec' }));

    expect(claims.subject).toBe('user-ec');
  });

  it('finds the JWKS through discovery once', async () => {
    const before = { ...provider.requests };
    const oidc = verifier();
    for (let i = 0; i < 3; i++) await oidc.verify(await provider.idToken(rsa));

    expect(provider.requests.discovery - before.discovery).toBe(1);
    expect(provider.requests.jwks - before.jwks).toBe(1);
  });

  it('uses an explicit JWKS URL without discovery', async () => {
    const before = provider.requests.discovery;
    const oidc = new OidcVerifier(provider.issuer, TEST_AUDIENCE, provider.jwksUrl);

    expect((await oidc.verify(await provider.idToken(rsa, { sub: 'direct' }))).subject).toBe('direct');
    expect(provider.requests.discovery).toBe(before);
  });

  it('reports email claims as given', async () => {
    const oidc = verifier();
    const missing = await oidc.verify(await provider.idToken(rsa, { email: undefined, email_verified: undefined }));
    const unverified = await oidc.verify(await provider.idToken(rsa, { email_verified: false }));
    const textual = await oidc.verify(await provider.idToken(rsa, { email_verified: 'true' }));

    expect(missing.email).toBeNull();
    expect(missing.emailVerified).toBe(false);
    expect(unverified.email).toBe('ada@example.com');
    expect(unverified.emailVerified).toBe(false);
    expect(textual.emailVerified).toBe(false);
  });

  it('rejects a token from another issuer', async () => {
    const err = await rejection(verifier().verify(await provider.idToken(rsa, { iss: 'https://idp.example.com' })));

    expect(err.reason).toBe('issuer');
    expect(err.message).toBe(`The ID token's issuer "https://idp.example.com" is not OIDC_ISSUER "${provider.issuer}".`);
  });

  it('rejects a token for another client', async () => {
    const err = await rejection(verifier().verify(await provider.idToken(rsa, { aud: 'other-client' })));

    expect(err.reason).toBe('audience');
    expect(err.message).toBe(`The ID token's audience "other-client" does not include this client "${TEST_AUDIENCE}".`);
  });

  it('requires azp with several audiences', async () => {
    const oidc = verifier();
    const withoutAzp = await rejection(oidc.verify(await provider.idToken(rsa, { aud: [TEST_AUDIENCE, 'other-client'] })));
    const foreignAzp = await rejection(oidc.verify(await provider.idToken(rsa, { azp: 'other-client' })));
    const accepted = await oidc.verify(await provider.idToken(rsa, { aud: [TEST_AUDIENCE, 'other-client'], azp: TEST_AUDIENCE, sub: 'multi' }));

    expect(withoutAzp.reason).toBe('authorized_party');
    expect(foreignAzp.reason).toBe('authorized_party');
    expect(foreignAzp.message).toContain('"other-client"');
    expect(accepted.subject).toBe('multi');
  });

  it('rejects an expired token', async () => {
    const exp = now() - 600;
    const err = await rejection(verifier().verify(await provider.idToken(rsa, { iat: exp - 300, exp })));

    expect(err.reason).toBe('expired');
    expect(err.message).toBe(`The ID token expired at ${new Date(exp * 1000).toISOString()}; sign in with the identity provider again.`);
  });

  it('allows a small clock difference', async () => {
    const claims = await verifier().verify(await provider.idToken(rsa, { exp: now() - 5, sub: 'late' }));

    expect(claims.subject).toBe('late');
  });

  it('rejects a token not yet valid', async () => {
    const nbf = now() + 600;
    const err = await rejection(verifier().verify(await provider.idToken(rsa, { nbf, exp: nbf + 300 })));

    expect(err.reason).toBe('not_yet_valid');
    expect(err.message).toContain(new Date(nbf * 1000).toISOString());
  });

  it.each(['exp', 'iat', 'sub'])('rejects a token without %s', async (claim) => {
    const err = await rejection(verifier().verify(await provider.idToken(rsa, { [claim]: undefined })));

    expect(err.reason).toBe('missing_claim');
    expect(err.message).toBe(`The ID token has no ${claim} claim, which OIDC requires.`);
  });

  it('rejects an unknown key id', async () => {
    const unpublished = await provider.createKey('RS256', false);
    const err = await rejection(verifier().verify(await provider.idToken(unpublished)));

    expect(err.reason).toBe('unknown_key');
    expect(err.message).toContain(`"${unpublished.kid}"`);
  });

  it('rejects a signature by another key', async () => {
    const impostor = await provider.createKey('RS256', false);
    const err = await rejection(verifier().verify(await provider.idToken(impostor, {}, rsa.kid)));

    expect(err.reason).toBe('signature');
    expect(err.message).toBe("The ID token's signature does not match the issuer's key.");
  });

  it('rejects a changed payload', async () => {
    const [header, , signature] = (await provider.idToken(rsa, { email: 'ada@example.com' })).split('.');
    const forged = Buffer.from(JSON.stringify(provider.claims({ email: 'admin@example.com' }))).toString('base64url');
    const err = await rejection(verifier().verify(`${header}.${forged}.${signature}`));

    expect(err.reason).toBe('signature');
  });

  it('rejects alg none', async () => {
    const err = await rejection(verifier().verify(provider.unsignedToken()));

    expect(err.reason).toBe('algorithm');
    expect(err.message).toBe(`The ID token's alg "none" is not accepted; accepted algorithms: RS256, ES256, PS256, EdDSA.`);
  });

  it('rejects an HMAC token', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'HS256', kid: rsa.kid })).toString('base64url');
    const payload = Buffer.from(JSON.stringify(provider.claims())).toString('base64url');
    const err = await rejection(verifier().verify(`${header}.${payload}.c2lnbmF0dXJl`));

    expect(err.reason).toBe('algorithm');
  });

  it('rejects a malformed token', async () => {
    const err = await rejection(verifier().verify('not-a-jwt'));

    expect(err.reason).toBe('malformed');
  });

  it('rejects an email that is not text', async () => {
    const err = await rejection(verifier().verify(await provider.idToken(rsa, { email: ['ada@example.com'] })));

    expect(err.reason).toBe('invalid_claim');
  });

  it('picks up a key added by rotation', async () => {
    const oidc = verifier();
    await oidc.verify(await provider.idToken(rsa));
    const before = provider.requests.jwks;
    const rotated = await provider.createKey('ES256');

    expect((await oidc.verify(await provider.idToken(rotated, { sub: 'rotated' }))).subject).toBe('rotated');
    expect(provider.requests.jwks).toBe(before + 1);
  });

  it('drops a withdrawn key once the cache expires', async () => {
    const oidc = verifier({ jwksCacheMaxAgeMs: 1 });
    const retiring = await provider.createKey('RS256');
    const token = await provider.idToken(retiring, { sub: 'retiring' });
    expect((await oidc.verify(token)).subject).toBe('retiring');

    provider.withdraw(retiring);
    await new Promise((resolve) => setTimeout(resolve, 5));

    expect((await rejection(oidc.verify(token))).reason).toBe('unknown_key');
  });

  it('rejects discovery naming another issuer', async () => {
    provider.discoveryOverride = { issuer: 'https://idp.example.com' };
    try {
      const err = await verifier().verify(await provider.idToken(rsa)).catch((caught: unknown) => caught);

      expect(err).toBeInstanceOf(OidcUnavailableError);
      expect((err as Error).message).toContain('names issuer "https://idp.example.com", not OIDC_ISSUER');
    } finally {
      provider.discoveryOverride = {};
    }
  });

  it('retries discovery after a failure', async () => {
    const oidc = verifier();
    provider.discoveryOverride = null;
    const failed = await oidc.verify(await provider.idToken(rsa)).catch((caught: unknown) => caught);
    provider.discoveryOverride = {};

    expect(failed).toBeInstanceOf(OidcUnavailableError);
    expect((failed as Error).message).toContain('/.well-known/openid-configuration could not be read: HTTP 404');
    expect((await oidc.verify(await provider.idToken(rsa, { sub: 'recovered' }))).subject).toBe('recovered');
  });

  it('reports an unreachable issuer', async () => {
    const down = await TestOidcProvider.start();
    const key = await down.createKey('RS256');
    const token = await down.idToken(key);
    await down.stop();
    const err = await new OidcVerifier(down.issuer, TEST_AUDIENCE, '', { timeoutMs: 2_000 }).verify(token).catch((caught: unknown) => caught);

    expect(err).toBeInstanceOf(OidcUnavailableError);
  });

  it('requires an audience', () => {
    expect(() => new OidcVerifier(provider.issuer, '', '')).toThrow('OidcVerifier needs the client id (OIDC_AUDIENCE)');
  });
});
