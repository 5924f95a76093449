import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'webhook-signature';
export const TIMESTAMP_HEADER = 'webhook-timestamp';
export const EVENT_ID_HEADER = 'webhook-id';

/**
 * Signs a delivery: HMAC-SHA256, keyed with the endpoint's
 * secret, over the timestamp, a dot and the raw request body, in hex.
 * Signing the timestamp with the body makes the tolerance check binding.
 */
export function sign(secret: string, timestamp: string, rawBody: Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}

/** Builds the header value a sender puts in webhook-signature. */
export function signatureHeader(secret: string, timestamp: string, rawBody: Buffer): string {
  return `v1=${sign(secret, timestamp, rawBody)}`;
}

/** Parses "v1=<hex>" entries separated by commas or spaces. */
export function signaturesIn(header: string | undefined): Buffer[] {
  return (header ?? '')
    .split(/[\s,]+/)
    .map((part) => /^v1=([0-9a-f]{64})$/i.exec(part.trim())?.[1])
    .filter((hex): hex is string => Boolean(hex))
    .map((hex) => Buffer.from(hex, 'hex'));
}

/** True when any given signature matches any of the secrets, compared in constant time. */
export function verifySignature(secrets: string[], timestamp: string, rawBody: Buffer, header: string | undefined): boolean {
  const presented = signaturesIn(header);
  let matched = false;
  for (const secret of secrets) {
    const expected = Buffer.from(sign(secret, timestamp, rawBody), 'hex');
    for (const signature of presented) {
      // Every pair is compared, so the time taken does not tell which matched.
      if (signature.length === expected.length && timingSafeEqual(signature, expected)) matched = true;
    }
  }

  return matched;
}

export type TimestampCheck = { ok: true } | { ok: false; reason: string };

/** Accepts a Unix timestamp in seconds within the tolerance of now, either way. */
export function checkTimestamp(value: string | undefined, toleranceSeconds: number, now = Date.now()): TimestampCheck {
  if (!value || !/^\d{1,12}$/.test(value)) {
    return { ok: false, reason: `the ${TIMESTAMP_HEADER} header must be the Unix time in seconds` };
  }
  const skew = Math.abs(now / 1000 - Number(value));
  if (skew > toleranceSeconds) {
    return { ok: false, reason: `the ${TIMESTAMP_HEADER} is ${Math.round(skew)} s from the server time; at most ${toleranceSeconds} s is accepted` };
  }

  return { ok: true };
}
