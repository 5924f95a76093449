import { CLICK_ID_LENGTH, clickTimeOf, mintClickId } from './click-id.js';

const at = Date.UTC(2026, 10, 18, 14, 30, 12, 345);

describe('mintClickId', () => {
  it('mints 20 base62 characters', () => {
    const id = mintClickId(at);
    expect(id).toMatch(/^[0-9A-Za-z]{20}$/);
    expect(id).toHaveLength(CLICK_ID_LENGTH);
  });

  it('encodes the click time', () => {
    expect(clickTimeOf(mintClickId(at), at)?.getTime()).toBe(at);
  });

  it('mints distinct ids at one time', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => mintClickId(at)));
    expect(ids.size).toBe(10_000);
  });

  it('sorts ids by time', () => {
    expect(mintClickId(at) < mintClickId(at + 1)).toBe(true);
  });
});

describe('clickTimeOf', () => {
  it('ignores ids without a time', () => {
    expect(clickTimeOf('q1W2e3R4t5Y6u7I8')).toBeNull();
  });

  it('ignores times in the future', () => {
    expect(clickTimeOf(mintClickId(at + 3_600_000), at)).toBeNull();
  });

  it('ignores times before 2024', () => {
    expect(clickTimeOf(mintClickId(Date.UTC(2023, 5, 1)), at)).toBeNull();
  });
});
