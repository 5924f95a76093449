import { createHash, randomBytes } from 'node:crypto';
import type { MikroORM } from '@alg/service-kit';

/**
 * Daily random salts for visitor hashes. A salt lives in the database for
 * two days, so every instance hashes alike, and is then deleted: after
 * that, no hash can be traced back to an address.
 */
export class VisitorSalts {
  private cache = new Map<string, Promise<string>>();

  constructor(private readonly orm: MikroORM) {}

  async hash(clientAddress: string, userAgent: string, at = new Date()): Promise<string> {
    const salt = await this.saltFor(at.toISOString().slice(0, 10));

    return createHash('sha256').update(`${salt}|${clientAddress}|${userAgent}`).digest('hex');
  }

  private saltFor(day: string): Promise<string> {
    let salt = this.cache.get(day);
    if (!salt) {
      salt = this.load(day);
      salt.catch(() => this.cache.delete(day));
      this.cache.set(day, salt);
      for (const key of this.cache.keys()) if (key < day) this.cache.delete(key);
    }

    return salt;
  }

  private async load(day: string): Promise<string> {
    const em = this.orm.em.fork();
    await em.execute(`insert into visitor_salt (day, salt) values (?, ?) on conflict do nothing`, [
      day,
      randomBytes(32).toString('hex'),
    ]);
    await em.execute(`delete from visitor_salt where day < (?::date - 1)`, [day]);
    const rows = await em.execute<{ salt: string }[]>(`select salt from visitor_salt where day = ?`, [day]);

    return rows[0]!.salt;
  }
}
