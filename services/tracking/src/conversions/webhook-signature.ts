import { createHmac, timingSafeEqual } from 'node:crypto';

/** Header carrying `t=<unix seconds>,v1=<hex HMAC-SHA256>`; several v1 entries are allowed during a rotation. */
export const SIGNATURE_HEADER = 'x-alg-signature';
/** Header carrying the sender's unique id of the delivery; a repeated id gets the first delivery's response. */
export const DELIVERY_HEADER = 'x-alg-delivery';
export const DEFAULT_TOLERANCE_SECONDS = 300;

export interface ParsedSignature {
  timestamp: number;
  signatures: string[];
}

/** The result of a check; a valid one lists every v1 signature that matched, so that the intake can reject each one the second time. */
export type SignatureCheck = { valid: true; signatures: string[] } | { valid: false; reason: string };

/** HMAC-SHA256, hex, over `<timestamp>.<raw body>`. */
export function signWebhook(secret: string, timestamp: number, body: Buffer | string): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
}

/** Builds the signature header value a sender attaches. */
export function signatureHeader(secret: string, timestamp: number, body: Buffer | string): string {
  return `t=${timestamp},v1=${signWebhook(secret, timestamp, body)}`;
}

export function parseSignatureHeader(header: string | undefined): ParsedSignature | null {
  if (!header) return null;
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [name, value] = part.trim().split('=', 2);
    if (name === 't' && value && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (name === 'v1' && value && /^[0-9a-f]{64}$/i.test(value)) signatures.push(value.toLowerCase());
  }

  return timestamp === null || signatures.length === 0 ? null : { timestamp, signatures };
}

/**
 * Checks a delivery against the organization's current secrets: the
 * timestamp within the tolerance of now, in either direction, and one v1
 * signature equal, compared in constant time, to the HMAC under one secret.
 * The delivery id is outside the signed text, so the intake also accepts
 * each signature only once: a captured delivery sent again under a new id
 * is rejected.
 */
export function verifyWebhook(
  header: string | undefined,
  body: Buffer,
  secrets: string[],
  nowSeconds = Math.floor(Date.now() / 1000),
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
): SignatureCheck {
  const parsed = parseSignatureHeader(header);
  if (!parsed) {
    return { valid: false, reason: `the ${SIGNATURE_HEADER} header must be t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` };
  }
  if (Math.abs(nowSeconds - parsed.timestamp) > toleranceSeconds) {
    return { valid: false, reason: `the signature timestamp ${parsed.timestamp} is more than ${toleranceSeconds} s from the server time ${nowSeconds}` };
  }
  const matched = new Set<string>();
  for (const secret of secrets) {
    const expected = Buffer.from(signWebhook(secret, parsed.timestamp, body), 'hex');
    for (const candidate of parsed.signatures) {
      // Both buffers are 32 bytes; every pair is compared so timing does not reveal which one matched.
      if (timingSafeEqual(expected, Buffer.from(candidate, 'hex'))) matched.add(candidate);
    }
  }

  return matched.size > 0
    ? { valid: true, signatures: [...matched] }
    : { valid: false, reason: 'no signature matches a current webhook secret of the organization' };
}
