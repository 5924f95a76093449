/**
 * Reads a string field of an untrusted request body: the value when it is a
 * non-empty string of at most `maxLength` characters, else null, so callers
 * treat wrong types, empty strings and oversized values alike as missing.
 */
export function requestString(value: unknown, maxLength = 1_000): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= maxLength ? value : null;
}
