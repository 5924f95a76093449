import { RateLimiter } from './rate-limiter.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('RateLimiter', () => {
  it('allows up to the limit per key', () => {
    const limiter = new RateLimiter({ points: 3, windowSeconds: 60, description: 'requests per test key' });
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(limiter.consume('a'));

    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, false]);
    expect(decisions.map((decision) => decision.remaining)).toEqual([2, 1, 0, 0]);
    expect(decisions[0]!.limit).toBe(3);
    expect(decisions[0]!.message).toBeNull();
  });

  it('marks the first rejection of a window', () => {
    const limiter = new RateLimiter({ points: 1, windowSeconds: 60, description: 'requests per test key' });
    const decisions = [];
    for (let i = 0; i < 3; i++) decisions.push(limiter.consume('a'));

    expect(decisions.map((decision) => decision.firstRejection)).toEqual([false, true, false]);
    expect(decisions.map((decision) => decision.consumed)).toEqual([1, 2, 3]);
  });

  it('counts each key apart', () => {
    const limiter = new RateLimiter({ points: 1, windowSeconds: 60, description: 'requests per test key' });
    limiter.consume('a');

    expect((limiter.consume('a')).allowed).toBe(false);
    expect((limiter.consume('b')).allowed).toBe(true);
  });

  it('names the limit and the wait', () => {
    const limiter = new RateLimiter({ points: 1200, windowSeconds: 60, description: 'requests per credential' });
    const decision = limiter.consume('a', 1201);

    expect(decision.allowed).toBe(false);
    expect(decision.resetSeconds).toBeGreaterThanOrEqual(59);
    expect(decision.resetSeconds).toBeLessThanOrEqual(60);
    expect(decision.message).toBe(
      `Rate limit exceeded: 1,200 requests per credential allowed per 60 s; retry in ${decision.resetSeconds} s.`,
    );
  });

  it('weighs a request by its points', () => {
    const limiter = new RateLimiter({ points: 100, windowSeconds: 60, description: 'cost points per test key' });

    expect((limiter.consume('a', 60)).remaining).toBe(40);
    expect((limiter.consume('a', 60)).allowed).toBe(false);
  });

  it('refunds points', () => {
    const limiter = new RateLimiter({ points: 100, windowSeconds: 60, description: 'cost points per test key' });
    limiter.consume('a', 60);
    limiter.consume('a', 60);
    limiter.refund('a', 60);

    expect((limiter.consume('a', 40)).allowed).toBe(true);
  });

  it('starts again after the window', async () => {
    const limiter = new RateLimiter({ points: 1, windowSeconds: 1, description: 'requests per test key' });
    limiter.consume('a');
    expect((limiter.consume('a')).allowed).toBe(false);

    await sleep(1_100);
    const after = limiter.consume('a');

    expect(after.allowed).toBe(true);
    expect(after.remaining).toBe(0);
  });

  it('rounds the wait up to whole seconds', () => {
    const limiter = new RateLimiter({ points: 1, windowSeconds: 60, description: 'requests per test key' });
    limiter.consume('a', 1, 0);

    expect(limiter.consume('a', 1, 59_500).resetSeconds).toBe(1);
    expect(limiter.consume('a', 1, 30_200).resetSeconds).toBe(30);
  });

  it('opens a new window when the old one ends', () => {
    const limiter = new RateLimiter({ points: 1, windowSeconds: 1, description: 'requests per test key' });
    limiter.consume('a', 1, 0);

    expect(limiter.consume('a', 1, 999).allowed).toBe(false);
    expect(limiter.consume('a', 1, 1_000).allowed).toBe(true);
  });

  it('forgets the oldest window past maxKeys', () => {
    const limiter = new RateLimiter({ points: 1, windowSeconds: 60, description: 'requests per test key', maxKeys: 2 });
    limiter.consume('a', 1, 0);
    limiter.consume('b', 1, 1);
    limiter.consume('c', 1, 2);

    expect(limiter.size).toBe(2);
    expect(limiter.consume('a', 1, 3).allowed).toBe(true);
    expect(limiter.consume('c', 1, 4).allowed).toBe(false);
  });

  it('drops ended windows before open ones', () => {
    const limiter = new RateLimiter({ points: 1, windowSeconds: 60, description: 'requests per test key', maxKeys: 2 });
    limiter.consume('ended', 1, 0);
    limiter.consume('open', 1, 30_000);
    limiter.consume('new', 1, 61_000);

    expect(limiter.size).toBe(2);
    expect(limiter.consume('open', 1, 61_001).allowed).toBe(false);
  });

  it('rejects an invalid configuration', () => {
    expect(() => new RateLimiter({ points: 0, windowSeconds: 60, description: 'requests per test key' })).toThrow(
      'Invalid rate limit 0 for requests per test key: give a whole number of at least 1.',
    );
    expect(() => new RateLimiter({ points: 5, windowSeconds: 0.5, description: 'requests per test key' })).toThrow(
      'Invalid rate-limit window 0.5 s for requests per test key: give whole seconds, at least 1.',
    );
  });
});
