import { createHash } from 'node:crypto';

/**
 * Normalizes an e-mail address for identity: surrounding spaces trimmed,
 * the whole address lower-cased. Lower-casing the local part is the rule
 * because real mailbox providers treat it case-insensitively; dots and
 * `+tags` are kept because not every provider ignores them.
 * Returns null when the value is not an address.
 */
export function normalizeEmail(value: string): string | null {
  const trimmed = value.trim().toLowerCase();
  if (trimmed.length > 254) return null;
  if (!/^[^\s@"(),:;<>[\\\]]+@[a-z0-9\p{L}](?:[a-z0-9\p{L}-]*[a-z0-9\p{L}])?(?:\.[a-z0-9\p{L}](?:[a-z0-9\p{L}-]*[a-z0-9\p{L}])?)+$/u.test(trimmed)) {
    return null;
  }

  return trimmed;
}

/** SHA-256 hex of a normalized e-mail, used where services compare people without sharing addresses. */
export function emailHash(normalizedEmail: string): string {
  return createHash('sha256').update(normalizedEmail).digest('hex');
}
