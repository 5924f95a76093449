import { randomUUID } from 'node:crypto';
import { SignJWT, UnsecuredJWT } from 'jose';
import { hasRole, type Identity, type Role, roles, signIdentity, verifyIdentity } from './identity.js';

const secret = 'unit-test-identity-secret-0123456789';

const editor: Identity = {
  sub: 'user-7',
  kind: 'user',
  org: randomUUID(),
  role: 'editor',
  scopes: ['campaigns:write'],
  partnerId: null,
};
const operator: Identity = {
  sub: 'operator-1',
  kind: 'operator',
  org: null,
  role: 'operator',
  scopes: [],
  partnerId: null,
};
const partner: Identity = {
  sub: 'partner-key-3',
  kind: 'partner',
  org: randomUUID(),
  role: 'viewer',
  scopes: ['metrics:read'],
  partnerId: randomUUID(),
};

/** Signs claims with the same issuer, audience and algorithm as signIdentity unless overridden. */
function signClaims(
  claims: Record<string, unknown>,
  options: { issuer?: string; audience?: string; key?: string } = {},
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('user-7')
    .setIssuer(options.issuer ?? 'alg-gateway')
    .setAudience(options.audience ?? 'alg-subgraphs')
    .setIssuedAt()
    .setExpirationTime('60s')
    .sign(new TextEncoder().encode(options.key ?? secret));
}

/** Replaces the payload segment of a compact JWT, keeping header and signature. */
function withPayload(token: string, change: (payload: Record<string, unknown>) => void): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  change(claims);

  return `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
}

describe('signIdentity and verifyIdentity', () => {
  it.each([
    ['user', editor],
    ['operator without organization', operator],
    ['partner', partner],
  ])('round-trips %s identity', async (_case, identity) => {
    await expect(verifyIdentity(await signIdentity(identity, secret), secret)).resolves.toEqual(identity);
  });

  it('produces a compact HS256 JWT', async () => {
    const [header] = (await signIdentity(editor, secret)).split('.') as [string];

    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({
      alg: 'HS256',
    });
  });

  it('sets expiry from ttl', async () => {
    const token = await signIdentity(editor, secret, 120);
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
      iat: number;
      exp: number;
    };

    // iat and exp each read the clock, so a second boundary between them adds one.
    expect([120, 121]).toContain(claims.exp - claims.iat);
  });

  it('rejects wrong secret', async () => {
    const token = await signIdentity(editor, secret);

    await expect(verifyIdentity(token, 'another-secret-of-enough-length')).resolves.toBeNull();
  });

  it('rejects expired token', async () => {
    const token = await signIdentity(editor, secret, -5);

    await expect(verifyIdentity(token, secret)).resolves.toBeNull();
  });

  it('rejects token expiring now', async () => {
    const token = await signIdentity(editor, secret, 0);

    await expect(verifyIdentity(token, secret)).resolves.toBeNull();
  });

  it('rejects raised role in payload', async () => {
    const token = withPayload(await signIdentity(editor, secret), (claims) => {
      claims.role = 'admin';
    });

    await expect(verifyIdentity(token, secret)).resolves.toBeNull();
  });

  it('rejects altered signature', async () => {
    const [header, payload, signature] = (await signIdentity(editor, secret)).split('.') as [string, string, string];
    // The first signature character carries six full bits, so changing it always changes the decoded bytes.
    const altered = `${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;

    await expect(verifyIdentity(`${header}.${payload}.${altered}`, secret)).resolves.toBeNull();
  });

  it.each([undefined, '', 'not-a-token', 'a.b.c'])('rejects malformed token %j', async (token) => {
    await expect(verifyIdentity(token, secret)).resolves.toBeNull();
  });

  it('rejects unsigned token', async () => {
    const { sub: _sub, ...claims } = editor;
    const token = new UnsecuredJWT(claims)
      .setSubject(editor.sub)
      .setIssuer('alg-gateway')
      .setAudience('alg-subgraphs')
      .setIssuedAt()
      .setExpirationTime('60s')
      .encode();

    await expect(verifyIdentity(token, secret)).resolves.toBeNull();
  });

  it('accepts independently signed token', async () => {
    const { sub: _sub, ...claims } = editor;

    await expect(verifyIdentity(await signClaims(claims), secret)).resolves.toEqual(editor);
  });

  it('rejects another issuer', async () => {
    const { sub: _sub, ...claims } = editor;

    await expect(verifyIdentity(await signClaims(claims, { issuer: 'someone-else' }), secret)).resolves.toBeNull();
  });

  it('rejects another audience', async () => {
    const { sub: _sub, ...claims } = editor;

    await expect(verifyIdentity(await signClaims(claims, { audience: 'public-api' }), secret)).resolves.toBeNull();
  });

  it('rejects unknown role claim', async () => {
    const { sub: _sub, ...claims } = editor;

    await expect(verifyIdentity(await signClaims({ ...claims, role: 'superuser' }), secret)).resolves.toBeNull();
  });

  it('rejects organization id not UUID', async () => {
    const { sub: _sub, ...claims } = editor;

    await expect(verifyIdentity(await signClaims({ ...claims, org: 'acme' }), secret)).resolves.toBeNull();
  });
});

describe('hasRole', () => {
  const cases = roles.flatMap((actualRole, actualRank) =>
    roles.map(
      (requiredRole, requiredRank) => [actualRole, requiredRole, actualRank >= requiredRank] as [Role, Role, boolean],
    ),
  );

  it('lists roles from lowest to highest', () => {
    expect(roles).toEqual(['viewer', 'editor', 'admin', 'operator']);
  });

  it.each(cases)('%s meeting %s is %s', (actualRole, requiredRole, expected) => {
    expect(hasRole({ ...editor, role: actualRole }, requiredRole)).toBe(expected);
  });
});
