import { timingSafeEqual } from 'node:crypto';
import { type Identity, IDENTITY_HEADER, type Logger, signIdentity } from '@alg/service-kit';
import type { GatewayConfig } from './config.js';

const OPERATOR: Identity = {
  sub: 'operator',
  kind: 'operator',
  org: null,
  role: 'operator',
  scopes: ['read', 'write'],
  partnerId: null,
};

interface CachedIdentity {
  identity: Identity | null;
  expiresAt: number;
}

function sameSecret(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);

  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Turns a bearer credential into an identity: the platform operator token,
 * or an organization's API key, which the campaigns service verifies. Key
 * answers are cached for 30 seconds, so a revoked key stops working within
 * that time.
 */
export class Authenticator {
  private readonly cache = new Map<string, CachedIdentity>();
  private readonly verifyUrl: string;

  constructor(
    private readonly config: GatewayConfig,
    private readonly logger: Logger,
    private readonly ttlMs = 30_000,
  ) {
    this.verifyUrl = new URL('/internal/credentials/verify', config.CAMPAIGNS_URL).href;
  }

  async authenticate(authorization: string | undefined): Promise<Identity | null> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) return null;
    const credential = match[1]!;
    if (sameSecret(credential, this.config.PLATFORM_OPERATOR_TOKEN)) return OPERATOR;

    const cached = this.cache.get(credential);
    if (cached && cached.expiresAt > Date.now()) return cached.identity;
    const identity = await this.verifyApiKey(credential);
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(credential, { identity, expiresAt: Date.now() + this.ttlMs });

    return identity;
  }

  private async verifyApiKey(apiKey: string): Promise<Identity | null> {
    const token = await signIdentity({ ...OPERATOR, sub: 'gateway' }, this.config.INTERNAL_TOKEN_SECRET);
    const response = await fetch(this.verifyUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: token },
      body: JSON.stringify({ apiKey }),
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) {
      this.logger.error({ status: response.status }, 'credential verification failed');
      throw new Error(`credential verification answered ${response.status}`);
    }
    const body = (await response.json()) as { identity: Identity | null };

    return body.identity;
  }
}
