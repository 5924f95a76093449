import { UsedTokens } from './used-tokens.js';

describe('UsedTokens', () => {
  const now = Date.UTC(2026, 11, 4, 12, 0, 0);
  const inMinutes = (minutes: number) => now + minutes * 60_000;

  it('accepts a token once', () => {
    const used = new UsedTokens();

    expect(used.claim('nonce:a', inMinutes(5), now)).toBe(true);
    expect(used.claim('nonce:a', inMinutes(5), now + 1_000)).toBe(false);
    expect(used.claim('nonce:b', inMinutes(5), now + 1_000)).toBe(true);
  });

  it('forgets a token after it expires', () => {
    const used = new UsedTokens(1);
    used.claim('nonce:a', inMinutes(5), now);

    expect(used.claim('nonce:a', inMinutes(10), now + 6 * 60_000)).toBe(true);
  });

  it('keeps a token whose expiry no Date holds', () => {
    const used = new UsedTokens();
    used.claim('nonce:a', 8.64e15, now);

    expect(used.has('nonce:a', now + 365 * 86_400_000)).toBe(true);
  });
});
