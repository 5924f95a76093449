import { createRemoteJWKSet, jwtVerify } from 'jose';

export interface OidcClaims {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
}

/**
 * Verifies OIDC ID tokens against the configured issuer's JWKS: signature,
 * issuer, audience and expiry. jose caches the key set and refetches it when
 * a token names an unknown key id.
 */
export class OidcVerifier {
  private readonly keys: ReturnType<typeof createRemoteJWKSet>;

  constructor(
    private readonly issuer: string,
    private readonly audience: string,
    jwksUrl: string,
  ) {
    const url = jwksUrl || new URL('.well-known/jwks.json', issuer.endsWith('/') ? issuer : `${issuer}/`).href;
    this.keys = createRemoteJWKSet(new URL(url), { timeoutDuration: 5_000 });
  }

  async verify(idToken: string): Promise<OidcClaims | null> {
    try {
      const { payload } = await jwtVerify(idToken, this.keys, {
        issuer: this.issuer,
        audience: this.audience,
        algorithms: ['RS256', 'ES256', 'PS256', 'EdDSA'],
      });
      if (!payload.sub) return null;

      return {
        issuer: this.issuer,
        subject: payload.sub,
        email: typeof payload.email === 'string' ? payload.email : null,
        emailVerified: payload.email_verified === true,
      };
    } catch {
      return null;
    }
  }
}
