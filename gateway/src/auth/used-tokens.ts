/**
 * Remembers the ID tokens exchanged for a session until they expire, so that each one is
 * exchanged once. NOTE: the memory is per gateway process, so behind several gateways a
 * captured token and its nonce verifier could be exchanged once at each of them.
 */
export class UsedTokens {
  private readonly expiries = new Map<string, number>();

  constructor(private readonly sweepAt = 10_000) {}

  /** Records the token and returns true, or returns false when it was recorded before and has not expired. */
  claim(key: string, expiresAt: Date, now = Date.now()): boolean {
    if (this.expiries.size >= this.sweepAt) this.sweep(now);
    const known = this.expiries.get(key);
    if (known !== undefined && known > now) return false;
    this.expiries.set(key, expiresAt.getTime());

    return true;
  }

  private sweep(now: number): void {
    for (const [key, expiresAt] of this.expiries) {
      if (expiresAt <= now) this.expiries.delete(key);
    }
  }
}
