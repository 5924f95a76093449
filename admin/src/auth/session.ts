import { parseRole, type Role } from './permissions';

/** Organization that the console acts in, as `{ organization }` returns it. */
export interface SessionOrganization {
  id: string;
  name: string;
  slug: string;
  /** IANA time zone that dates in the console are shown in. */
  timeZone: string;
}

/** An organization the signed-in user belongs to, as POST /auth/login lists them. */
export interface Membership {
  organizationId: string;
  organizationSlug: string;
  organizationName: string;
  role: Role;
}

/** Credential of a session: a user's session token, or an API key. */
export type SessionCredential =
  | { kind: 'password'; token: string; expiresAt: string; email: string }
  | { kind: 'apiKey'; apiKey: string };

/** Session data that the console keeps in localStorage between visits. */
export interface Session {
  credential: SessionCredential;
  role: Role;
  organization: SessionOrganization;
  memberships: Membership[];
}

const STORAGE_KEY = 'algConsole.session.v2';

/** Shape of the API keys that the campaigns service issues. */
export const API_KEY_PATTERN = /^alg_[0-9A-Za-z]{12}_[0-9A-Za-z]{32}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readCredential(value: unknown): SessionCredential | null {
  if (!isRecord(value)) return null;
  if (value.kind === 'apiKey' && typeof value.apiKey === 'string') {
    return { kind: 'apiKey', apiKey: value.apiKey };
  }
  if (
    value.kind === 'password' &&
    typeof value.token === 'string' &&
    typeof value.expiresAt === 'string' &&
    typeof value.email === 'string'
  ) {
    return { kind: 'password', token: value.token, expiresAt: value.expiresAt, email: value.email };
  }
  return null;
}

function readOrganization(value: unknown): SessionOrganization | null {
  if (!isRecord(value)) return null;
  const { id, name, slug, timeZone } = value;
  if (typeof id !== 'string' || typeof name !== 'string' || typeof timeZone !== 'string') return null;
  return { id, name, slug: typeof slug === 'string' ? slug : '', timeZone };
}

function readMemberships(value: unknown): Membership[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).flatMap((entry) =>
    typeof entry.organizationId === 'string' &&
    typeof entry.organizationSlug === 'string' &&
    typeof entry.organizationName === 'string'
      ? [
          {
            organizationId: entry.organizationId,
            organizationSlug: entry.organizationSlug,
            organizationName: entry.organizationName,
            role: parseRole(entry.role),
          },
        ]
      : [],
  );
}

function parseSession(raw: string): Session | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  const credential = readCredential(value.credential);
  const organization = readOrganization(value.organization);
  if (credential === null || organization === null) return null;
  return { credential, organization, role: parseRole(value.role), memberships: readMemberships(value.memberships) };
}

/** Returns the stored session, or null when there is none or it is unreadable. */
export function readSession(): Session | null {
  const raw = window.localStorage.getItem(STORAGE_KEY);
  return raw === null ? null : parseSession(raw);
}

export function writeSession(session: Session): void {
  window.localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  window.localStorage.removeItem(STORAGE_KEY);
}

/** Returns the bearer token of a session: the user's session token or the API key. */
export function bearerOf(session: Session | null): string | null {
  if (session === null) return null;
  return session.credential.kind === 'apiKey' ? session.credential.apiKey : session.credential.token;
}

/** Tells whether a user's session token has passed its expiry; API keys do not expire here. */
export function hasExpired(session: Session, now = Date.now()): boolean {
  return session.credential.kind === 'password' && Date.parse(session.credential.expiresAt) <= now;
}

/** Time zone of the signed-in organization, UTC before anyone signs in. */
export function organizationTimeZone(): string {
  return readSession()?.organization.timeZone ?? 'UTC';
}
