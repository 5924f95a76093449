import { parseSignatureHeader, signatureHeader, signWebhook, verifyWebhook } from './webhook-signature.js';

const secret = 'whsec_first-secret-value';
const body = Buffer.from('{"ref":"AbC123xYz9","kind":"registration","email":"ada@example.com"}');
const now = 1_800_000_000;

describe('signWebhook', () => {
  it('signs timestamp and body', () => {
    expect(signWebhook(secret, now, body)).toMatch(/^[0-9a-f]{64}$/);
    expect(signWebhook(secret, now, body)).not.toBe(signWebhook(secret, now + 1, body));
  });
});

describe('parseSignatureHeader', () => {
  it('reads timestamp and signatures', () => {
    const header = `t=${now}, v1=${'a'.repeat(64)},v1=${'B'.repeat(64)}`;
    expect(parseSignatureHeader(header)).toEqual({ timestamp: now, signatures: ['a'.repeat(64), 'b'.repeat(64)] });
  });

  it.each([undefined, '', 't=abc,v1=00', `v1=${'a'.repeat(64)}`, `t=${now}`, `t=${now},v1=short`])('rejects %j', (header) => {
    expect(parseSignatureHeader(header)).toBeNull();
  });
});

describe('verifyWebhook', () => {
  it('accepts a valid signature', () => {
    expect(verifyWebhook(signatureHeader(secret, now, body), body, [secret], now)).toEqual({ valid: true, signatures: [signWebhook(secret, now, body)] });
  });

  it('accepts the previous secret', () => {
    expect(verifyWebhook(signatureHeader(secret, now, body), body, ['whsec_newer-secret', secret], now).valid).toBe(true);
  });

  it('rejects an altered body', () => {
    const check = verifyWebhook(signatureHeader(secret, now, body), Buffer.from(`${body} `), [secret], now);
    expect(check).toEqual({ valid: false, reason: expect.stringContaining('no signature matches') });
  });

  it('rejects another secret', () => {
    expect(verifyWebhook(signatureHeader('whsec_other', now, body), body, [secret], now).valid).toBe(false);
  });

  it.each([
    ['too old', now - 301],
    ['too far ahead', now + 301],
  ])('rejects a timestamp %s', (_case, timestamp) => {
    const check = verifyWebhook(signatureHeader(secret, timestamp, body), body, [secret], now);
    expect(check).toEqual({ valid: false, reason: expect.stringContaining(`timestamp ${timestamp}`) });
  });

  it('accepts the tolerance edge', () => {
    expect(verifyWebhook(signatureHeader(secret, now - 300, body), body, [secret], now).valid).toBe(true);
  });

  it('explains a malformed header', () => {
    expect(verifyWebhook('sha256=abc', body, [secret], now)).toEqual({ valid: false, reason: expect.stringContaining('t=<unix seconds>') });
  });
});
