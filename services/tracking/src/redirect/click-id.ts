import { randomFillSync } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const TIME_DIGITS = 8;
const RANDOM_DIGITS = 12;
/** Click ids minted before the time prefix existed are 16 random characters. */
export const CLICK_ID_LENGTH = TIME_DIGITS + RANDOM_DIGITS;
const EARLIEST_CLICK_MS = Date.UTC(2024, 0, 1);

/**
 * Random base62 digits drawn from a pooled CSPRNG buffer, so the redirect
 * pays for one `randomFillSync` per few hundred clicks. Bytes of 248 and
 * above are skipped so that every digit is equally likely.
 */
class RandomDigits {
  private readonly pool = Buffer.alloc(4_096);
  private offset = this.pool.length;

  take(count: number): string {
    let digits = '';
    while (digits.length < count) {
      if (this.offset === this.pool.length) {
        randomFillSync(this.pool);
        this.offset = 0;
      }
      const byte = this.pool[this.offset++]!;
      if (byte < 248) digits += ALPHABET[byte % 62];
    }

    return digits;
  }
}

const randomDigits = new RandomDigits();

function encodeTime(ms: number): string {
  let digits = '';
  let rest = Math.floor(ms);
  for (let index = 0; index < TIME_DIGITS; index++) {
    digits = ALPHABET[rest % 62] + digits;
    rest = Math.floor(rest / 62);
  }

  return digits;
}

/**
 * A click id: the click time in milliseconds as 8 base62 digits, then 12
 * random digits. The time lets a conversion find its touch time even when
 * the click is still on its way through Kafka.
 */
export function mintClickId(nowMs: number): string {
  return encodeTime(nowMs) + randomDigits.take(RANDOM_DIGITS);
}

/** The time encoded in a click id, or null for ids without one or with an impossible time. */
export function clickTimeOf(clickId: string, nowMs = Date.now()): Date | null {
  if (clickId.length !== CLICK_ID_LENGTH) return null;
  let ms = 0;
  for (let index = 0; index < TIME_DIGITS; index++) {
    const digit = ALPHABET.indexOf(clickId[index]!);
    if (digit < 0) return null;
    ms = ms * 62 + digit;
  }
  if (ms < EARLIEST_CLICK_MS || ms > nowMs + 60_000) return null;

  return new Date(ms);
}
