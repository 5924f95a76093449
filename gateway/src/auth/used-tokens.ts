/**
 * Remembers the ID tokens exchanged for a session until the gateway would
 * no longer accept them, so that each one is exchanged once. NOTE: the
 * memory is per gateway process, so behind several gateways a captured
 * token and its nonce verifier could be exchanged once at each of them.
 */
export class UsedTokens {
  private readonly acceptedUntil = new Map<string, number>();
  private sweepAt: number;

  constructor(private readonly minimumSweepAt = 10_000) {
    this.sweepAt = minimumSweepAt;
  }

  /** Returns true when the token was exchanged before and is still accepted. */
  has(key: string, now = Date.now()): boolean {
    const until = this.acceptedUntil.get(key);

    return until !== undefined && until > now;
  }

  /** Records the token and returns true, or returns false when it was recorded before and is still accepted. */
  claim(key: string, acceptedUntilMs: number, now = Date.now()): boolean {
    if (this.has(key, now)) return false;
    this.acceptedUntil.set(key, acceptedUntilMs);
    if (this.acceptedUntil.size >= this.sweepAt) this.sweep(now);

    return true;
  }

  /** Forgets a token whose exchange failed after it was recorded, so that it can be tried again. */
  release(key: string): void {
    this.acceptedUntil.delete(key);
  }

  /** Drops expired entries; the next sweep waits until the map has doubled, so that claims stay cheap on average. */
  private sweep(now: number): void {
    for (const [key, until] of this.acceptedUntil) {
      if (until <= now) this.acceptedUntil.delete(key);
    }
    this.sweepAt = Math.max(this.minimumSweepAt, this.acceptedUntil.size * 2);
  }
}
