/** Organization of the signed-in API key, as returned by `{ organization }`. */
export interface SessionOrganization {
  id: string;
  name: string;
  /** IANA time zone that dates in the console are shown in. */
  timeZone: string;
}

/** Session data that the console keeps in localStorage between visits. */
export interface Session {
  apiKey: string;
  organization: SessionOrganization;
}

const STORAGE_KEY = 'alg.admin.session';

/** Shape of the API keys that the campaigns service issues. */
export const API_KEY_PATTERN = /^alg_[0-9A-Za-z]{12}_[0-9A-Za-z]{32}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function parseSession(raw: string): Session | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(value) || typeof value.apiKey !== 'string' || !isRecord(value.organization)) {
    return null;
  }
  const { id, name, timeZone } = value.organization;
  if (typeof id !== 'string' || typeof name !== 'string' || typeof timeZone !== 'string') {
    return null;
  }
  return { apiKey: value.apiKey, organization: { id, name, timeZone } };
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
