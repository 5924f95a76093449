import { gatewayBaseUrl } from '../config';
import { networkError } from '../graphql/client';
import { restError } from '../graphql/restError';
import { parseRole, type Role } from './permissions';
import type { Membership } from './session';

/** Response of POST /auth/login on success. */
export interface PasswordLoginResult {
  token: string;
  expiresAt: string;
  role: Role;
  /** The organization the token acts in; null when the user belongs to none. */
  organizationId: string | null;
  memberships: Membership[];
}

interface LoginBody {
  token?: unknown;
  expiresAt?: unknown;
  role?: unknown;
  organization?: { organizationId?: unknown } | null;
  memberships?: unknown;
  error?: { code?: unknown; message?: unknown };
}

function membershipsOf(value: unknown): Membership[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: Record<string, unknown>) =>
    typeof entry?.organizationId === 'string'
      ? [
          {
            organizationId: entry.organizationId,
            organizationSlug: String(entry.organizationSlug ?? ''),
            organizationName: String(entry.organizationName ?? ''),
            role: parseRole(entry.role),
          },
        ]
      : [],
  );
}

/** Signs in with e-mail and password through the gateway, optionally into the organization with that slug. */
export async function loginWithPassword(
  email: string,
  password: string,
  organization: string | null,
): Promise<PasswordLoginResult> {
  const url = `${gatewayBaseUrl()}/auth/login`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password, ...(organization ? { organization } : {}) }),
    });
  } catch {
    throw networkError(url);
  }
  let body: LoginBody | null = null;
  try {
    body = (await response.json()) as LoginBody;
  } catch {
    // restError reports a response that is not JSON.
  }
  if (!response.ok || body === null || typeof body.token !== 'string' || typeof body.expiresAt !== 'string') {
    throw restError(url, response.status, body, response.headers.get('retry-after'));
  }
  return {
    token: body.token,
    expiresAt: body.expiresAt,
    role: parseRole(body.role),
    organizationId: typeof body.organization?.organizationId === 'string' ? body.organization.organizationId : null,
    memberships: membershipsOf(body.memberships),
  };
}
