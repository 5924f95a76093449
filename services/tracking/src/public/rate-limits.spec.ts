import { addressKey, FixedWindowLimiter } from './rate-limits.js';

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

describe('addressKey', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:85a3:8d3:1319:8a2e:370:7348', '2001:db8:85a3:8d3::/64'],
    ['2001:DB8:85A3:08D3::1', '2001:db8:85a3:8d3::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['64:ff9b::192.0.2.33', '64:ff9b:0:0::/64'],
  ])('keys %s as %s', (address, key) => {
    expect(addressKey(address)).toBe(key);
  });

  it('keys addresses of one /64 alike', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe(addressKey('2001:db8:1:2:bbbb::2'));
    expect(addressKey('2001:db8:1:2::1')).not.toBe(addressKey('2001:db8:1:3::1'));
  });
});
