import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

export const roles = ['viewer', 'editor', 'admin', 'operator'] as const;
export type Role = (typeof roles)[number];

const roleRank: Record<Role, number> = { viewer: 1, editor: 2, admin: 3, operator: 4 };

/**
 * The caller as the gateway authenticated it. An operator runs the platform
 * and has no organization; every other caller acts inside one.
 */
export const identitySchema = z.object({
  sub: z.string().min(1),
  kind: z.enum(['operator', 'api_key', 'user', 'partner']),
  org: z.uuid().nullable(),
  role: z.enum(roles),
  scopes: z.array(z.string()),
  /** For partner-portal keys: the partner whose ecosystems the key may read. */
  partnerId: z.string().min(1).nullable(),
});
export type Identity = z.infer<typeof identitySchema>;

export const IDENTITY_HEADER = 'x-alg-identity';
const AUDIENCE = 'alg-subgraphs';
const ISSUER = 'alg-gateway';

export function hasRole(identity: Identity, required: Role): boolean {
  return roleRank[identity.role] >= roleRank[required];
}

/** Signs the short-lived identity token that the gateway forwards to subgraphs. */
export async function signIdentity(identity: Identity, secret: string, ttlSeconds = 60): Promise<string> {
  const { sub, ...claims } = identity;

  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(new TextEncoder().encode(secret));
}

/** Verifies an identity token; returns null when it is missing, expired or forged. */
export async function verifyIdentity(token: string | undefined, secret: string): Promise<Identity | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
    });
    const parsed = identitySchema.safeParse(payload);

    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
