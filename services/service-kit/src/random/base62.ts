import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * Returns a random base62 string from the CSPRNG. Bytes of 248 and above
 * are discarded so that every character is equally likely.
 */
export function randomBase62(length: number): string {
  let output = '';
  while (output.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte >= 248) continue;
      output += ALPHABET[byte % 62];
      if (output.length === length) break;
    }
  }

  return output;
}

export function isBase62(value: string): boolean {
  return /^[0-9A-Za-z]+$/.test(value);
}
