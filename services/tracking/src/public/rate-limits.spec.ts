import { FixedWindowLimiter } from './rate-limits.js';

describe('FixedWindowLimiter', () => {
  it('allows max requests per window', () => {
    const limiter = new FixedWindowLimiter(3, { windowMs: 60_000 });
    const results = [0, 1, 2, 3].map((index) => limiter.hit('a', 1_000 + index));

    expect(results.slice(0, 3)).toEqual([0, 0, 0]);
    expect(results[3]).toBe(60);
  });

  it('rounds the retry time up to whole seconds', () => {
    const limiter = new FixedWindowLimiter(1, { windowMs: 60_000 });
    limiter.hit('a', 0);

    expect(limiter.hit('a', 59_500)).toBe(1);
    expect(limiter.hit('a', 30_200)).toBe(30);
  });

  it('opens a new window once the old one ends', () => {
    const limiter = new FixedWindowLimiter(1, { windowMs: 1_000 });
    limiter.hit('a', 0);

    expect(limiter.hit('a', 999)).toBe(1);
    expect(limiter.hit('a', 1_000)).toBe(0);
  });

  it('counts keys apart', () => {
    const limiter = new FixedWindowLimiter(1);
    limiter.hit('a', 0);

    expect(limiter.hit('b', 0)).toBe(0);
    expect(limiter.hit('a', 0)).toBeGreaterThan(0);
  });

  it('forgets the oldest window past maxKeys', () => {
    const limiter = new FixedWindowLimiter(1, { maxKeys: 2 });
    limiter.hit('a', 0);
    limiter.hit('b', 1);
    limiter.hit('c', 2);

    expect(limiter.size).toBe(2);
    expect(limiter.hit('a', 3)).toBe(0);
    expect(limiter.hit('c', 4)).toBeGreaterThan(0);
  });
});
