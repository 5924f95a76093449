import { checkTimestamp, sign, signatureHeader, signaturesIn, verifySignature } from './webhook-signature.js';

const body = Buffer.from('{"kind":"custom","email":"a@example.com"}');

describe('verifySignature', () => {
  it('accepts the signed body', () => {
    expect(verifySignature(['whsec_a'], '1700000000', body, signatureHeader('whsec_a', '1700000000', body))).toBe(true);
  });

  it('accepts any listed secret', () => {
    expect(verifySignature(['whsec_new', 'whsec_old'], '1', body, signatureHeader('whsec_old', '1', body))).toBe(true);
  });

  it('rejects another timestamp', () => {
    expect(verifySignature(['whsec_a'], '1700000001', body, signatureHeader('whsec_a', '1700000000', body))).toBe(false);
  });

  it('rejects a changed body', () => {
    const header = signatureHeader('whsec_a', '1', body);
    expect(verifySignature(['whsec_a'], '1', Buffer.from(`${body.toString()} `), header)).toBe(false);
  });

  it('rejects a missing header', () => {
    expect(verifySignature(['whsec_a'], '1', body, undefined)).toBe(false);
  });

  it('reads several signatures', () => {
    const valid = sign('whsec_a', '1', body);
    expect(signaturesIn(`v1=${'0'.repeat(64)}, v1=${valid} v0=zz`)).toHaveLength(2);
    expect(verifySignature(['whsec_a'], '1', body, `v1=${'0'.repeat(64)} v1=${valid}`)).toBe(true);
  });
});

describe('checkTimestamp', () => {
  const now = 1_700_000_000_000;

  it('accepts a recent time', () => {
    expect(checkTimestamp('1700000100', 300, now)).toEqual({ ok: true });
  });

  it('rejects an old time', () => {
    expect(checkTimestamp('1699999000', 300, now)).toMatchObject({ ok: false, reason: expect.stringContaining('1000 s') });
  });

  it('rejects milliseconds and words', () => {
    expect(checkTimestamp('soon', 300, now).ok).toBe(false);
    expect(checkTimestamp(undefined, 300, now).ok).toBe(false);
  });
});
