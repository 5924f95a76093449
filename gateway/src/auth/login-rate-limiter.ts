/**
 * Fixed-window attempt counter for sign-in, per client address and per
 * account name, so password guessing is slowed from one address and
 * against one account alike.
 */
export class LoginRateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly maxAttempts = 10,
    private readonly windowMs = 60_000,
  ) {}

  /** Counts an attempt; returns the seconds to wait when over the limit, else 0. */
  attempt(keys: string[]): number {
    const now = Date.now();
    let wait = 0;
    for (const key of keys) {
      let window = this.windows.get(key);
      if (!window || window.resetAt <= now) {
        window = { count: 0, resetAt: now + this.windowMs };
        this.windows.set(key, window);
      }
      window.count++;
      if (window.count > this.maxAttempts) wait = Math.max(wait, Math.ceil((window.resetAt - now) / 1000));
    }
    if (this.windows.size > 100_000) {
      for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
    }

    return wait;
  }
}
