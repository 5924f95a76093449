import { timingSafeEqual } from 'node:crypto';
import { type Identity, IDENTITY_HEADER, type Logger, signIdentity } from '@alg/service-kit';
import type { OidcClaims } from './auth/oidc-verifier.js';
import type { SessionTokens } from './auth/session-tokens.js';
import type { GatewayConfig } from './config.js';

const OPERATOR: Identity = {
  sub: 'operator',
  kind: 'operator',
  org: null,
  role: 'operator',
  scopes: ['read', 'write', 'conversions'],
  partnerId: null,
};

interface CachedIdentity {
  identity: Identity | null;
  expiresAt: number;
}

export interface SignInResult {
  identity: Identity | null;
  memberships: { organizationId: string; organizationSlug: string; organizationName: string; role: string }[];
}

function sameSecret(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);

  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Turns a bearer credential into an identity: the platform operator token,
 * a console session token, or an organization's API key, which the
 * campaigns service verifies. Key lookups are cached for 30 seconds, so a
 * revoked key stops working within that time.
 */
export class Authenticator {
  private readonly cache = new Map<string, CachedIdentity>();
  private readonly internalBase: string;

  constructor(
    private readonly config: GatewayConfig,
    private readonly sessions: SessionTokens,
    private readonly logger: Logger,
    private readonly ttlMs = 30_000,
  ) {
    this.internalBase = new URL('/internal/', config.CAMPAIGNS_URL).href;
  }

  async authenticate(authorization: string | undefined): Promise<Identity | null> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) return null;
    const credential = match[1]!;
    if (sameSecret(credential, this.config.PLATFORM_OPERATOR_TOKEN)) return OPERATOR;
    if (credential.split('.').length === 3) return this.sessions.verify(credential);

    const cached = this.cache.get(credential);
    if (cached && cached.expiresAt > Date.now()) return cached.identity;
    const { identity } = await this.callInternal<{ identity: Identity | null }>('credentials/verify', { apiKey: credential });
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(credential, { identity, expiresAt: Date.now() + this.ttlMs });

    return identity;
  }

  signIn(email: string, password: string, organization: string | null): Promise<SignInResult> {
    return this.callInternal('credentials/login', { email, password, organization });
  }

  singleSignOn(claims: OidcClaims, organization: string | null): Promise<SignInResult> {
    return this.callInternal('credentials/sso', { ...claims, organization });
  }

  /** Calls a campaigns internal endpoint as the gateway (operator identity). */
  async callInternal<T>(path: string, body: unknown): Promise<T> {
    const token = await signIdentity({ ...OPERATOR, sub: 'gateway' }, this.config.INTERNAL_TOKEN_SECRET);
    const response = await fetch(new URL(path, this.internalBase), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: token },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) {
      this.logger.error({ status: response.status, path }, 'internal credentials call failed');
      throw new Error(`internal call ${path} failed with HTTP ${response.status}`);
    }

    return (response.status === 204 ? undefined : await response.json()) as T;
  }
}
