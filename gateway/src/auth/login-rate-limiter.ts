import { normalizeEmail, type RateLimitDecision, RateLimiter } from '@alg/service-kit';

/**
 * Sign-in attempt limits per client address and per account name, so that
 * password guessing is slowed from one address and against one account
 * alike. Both use the same counters as the gateway's request limits.
 */
export class LoginRateLimiter {
  private readonly byAddress: RateLimiter;
  private readonly byAccount: RateLimiter;

  constructor(maxAttempts = 10, windowSeconds = 60) {
    this.byAddress = new RateLimiter({ points: maxAttempts, windowSeconds, description: 'sign-in attempts per client address' });
    this.byAccount = new RateLimiter({ points: maxAttempts, windowSeconds, description: 'sign-in attempts per account name' });
  }

  /**
   * Counts an attempt; returns the rejecting limit with the longest wait, or null when both allow it.
   * An address over its limit is not counted per account, so one address cannot fill the account
   * counters with made-up names and push out the window of an account under attack.
   */
  async attempt(addressKey: string, account: string | null): Promise<RateLimitDecision | null> {
    const decisions = [this.byAddress.consume(addressKey)];
    // The same normalization as sign-in, so that spaces or case do not make a new counter.
    if (account && decisions[0]!.allowed) decisions.push(this.byAccount.consume(normalizeEmail(account) ?? account.trim().toLowerCase()));
    const rejected = decisions.filter((decision) => !decision.allowed);

    return rejected.reduce<RateLimitDecision | null>(
      (longest, decision) => (longest && longest.resetSeconds >= decision.resetSeconds ? longest : decision),
      null,
    );
  }
}
