import { LoginRateLimiter } from './login-rate-limiter.js';

describe('LoginRateLimiter', () => {
  it('limits an account across addresses', async () => {
    const limiter = new LoginRateLimiter(3, 60);
    for (let index = 0; index < 3; index++) expect(await limiter.attempt(`address-${index}`, 'ada@example.com')).toBeNull();

    expect((await limiter.attempt('address-9', 'ADA@example.com'))?.message).toContain('sign-in attempts per account name');
  });

  it('counts an account with spaces as the same', async () => {
    const limiter = new LoginRateLimiter(2, 60);
    await limiter.attempt('address-1', 'ada@example.com');
    await limiter.attempt('address-2', ' ada@example.com');

    expect(await limiter.attempt('address-3', '  ADA@example.com ')).not.toBeNull();
  });

  it('counts no account for a limited address', async () => {
    const limiter = new LoginRateLimiter(2, 60);
    await limiter.attempt('flooder', 'first@example.com');
    await limiter.attempt('flooder', 'second@example.com');
    for (let index = 0; index < 5; index++) await limiter.attempt('flooder', 'target@example.com');

    expect(await limiter.attempt('another-address', 'target@example.com')).toBeNull();
  });
});
