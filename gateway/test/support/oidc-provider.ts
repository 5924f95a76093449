/**
 * A minimal OpenID provider for tests, on a real HTTP server on 127.0.0.1
 * (random port): the discovery document, a JWKS of keys generated with jose,
 * and ID tokens signed with them. Keys can be published, withdrawn and
 * added while it runs, as in a key rotation.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';

export const TEST_AUDIENCE = 'alg-console';

export interface SigningKey {
  kid: string;
  alg: 'RS256' | 'ES256';
  privateKey: CryptoKey;
  publicJwk: JWK;
}

/** Claims of a test ID token; a claim set to undefined is left out. */
export type TokenClaims = Record<string, unknown>;

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export class TestOidcProvider {
  /** Requests served, per path. */
  readonly requests = { discovery: 0, jwks: 0 };
  /** Fields that replace those of the discovery document; with `null`, the document is served as 404. */
  discoveryOverride: Record<string, unknown> | null = {};
  private readonly published = new Map<string, JWK>();

  private constructor(
    private readonly server: Server,
    readonly issuer: string,
  ) {}

  static async start(): Promise<TestOidcProvider> {
    let provider: TestOidcProvider | undefined;
    const server = createServer((req, res) => provider!.handle(req.url ?? '/', res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    provider = new TestOidcProvider(server, `http://127.0.0.1:${port}`);

    return provider;
  }

  get jwksUrl(): string {
    return `${this.issuer}/jwks`;
  }

  /** Generates a key pair; it is in the JWKS unless `publish` is false. */
  async createKey(alg: SigningKey['alg'], publish = true): Promise<SigningKey> {
    const { privateKey, publicKey } = await generateKeyPair(alg);
    const kid = `${alg.toLowerCase()}-${randomUUID().slice(0, 8)}`;
    const publicJwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
    const key = { kid, alg, privateKey, publicJwk };
    if (publish) this.publish(key);

    return key;
  }

  publish(key: SigningKey): void {
    this.published.set(key.kid, key.publicJwk);
  }

  withdraw(key: SigningKey): void {
    this.published.delete(key.kid);
  }

  /** Claims of a valid ID token from this issuer, with `overrides` applied. */
  claims(overrides: TokenClaims = {}): TokenClaims {
    const now = Math.floor(Date.now() / 1000);
    const claims: TokenClaims = {
      iss: this.issuer,
      aud: TEST_AUDIENCE,
      sub: `user-${randomUUID()}`,
      email: 'ada@example.com',
      email_verified: true,
      iat: now,
      exp: now + 300,
      ...overrides,
    };
    for (const [name, value] of Object.entries(claims)) if (value === undefined) delete claims[name];

    return claims;
  }

  /** Signs an ID token with `key`; `kid` replaces the key id written in the header. */
  async idToken(key: SigningKey, overrides: TokenClaims = {}, kid: string = key.kid): Promise<string> {
    return new SignJWT(this.claims(overrides)).setProtectedHeader({ alg: key.alg, kid, typ: 'JWT' }).sign(key.privateKey);
  }

  /** Builds an unsecured JWT (`alg: none`) with valid-looking claims. */
  unsignedToken(overrides: TokenClaims = {}): string {
    return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(this.claims(overrides))}.`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(url: string, res: ServerResponse): void {
    const path = url.split('?')[0];
    if (path === '/.well-known/openid-configuration') {
      this.requests.discovery++;
      if (this.discoveryOverride === null) {
        res.writeHead(404).end();
        return;
      }
      this.json(res, {
        issuer: this.issuer,
        jwks_uri: this.jwksUrl,
        authorization_endpoint: `${this.issuer}/authorize`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256', 'ES256'],
        ...this.discoveryOverride,
      });
      return;
    }
    if (path === '/jwks') {
      this.requests.jwks++;
      this.json(res, { keys: [...this.published.values()] });
      return;
    }
    res.writeHead(404).end();
  }

  private json(res: ServerResponse, body: unknown): void {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }
}
