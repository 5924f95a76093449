import { jwtVerify, SignJWT } from 'jose';
import { type Identity, identitySchema } from '@alg/service-kit';

const ISSUER = 'alg-gateway-session';

/** Console session tokens: HS256 JWTs holding the signed-in user's identity. */
export class SessionTokens {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlMinutes: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(identity: Identity): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.ttlMinutes * 60_000);
    const { sub, ...claims } = identity;
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(sub)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);

    return { token, expiresAt };
  }

  /** Returns the identity of a valid session token, or null. */
  async verify(token: string): Promise<Identity | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      const parsed = identitySchema.safeParse(payload);

      return parsed.success && parsed.data.kind === 'user' ? parsed.data : null;
    } catch {
      return null;
    }
  }
}
