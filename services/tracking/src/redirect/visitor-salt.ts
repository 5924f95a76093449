import { hash, randomBytes } from 'node:crypto';
import type { MikroORM } from '@alg/service-kit';

/** A visitor hashed with today's salt and, when it still exists, with yesterday's. */
export interface VisitorHashes {
  current: string;
  previous: string | null;
}

interface DaySalts {
  current: string;
  previous: string | null;
}

const DAY_MS = 86_400_000;

/** UTC day of a time, as YYYY-MM-DD. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function digest(salt: string, clientAddress: string, userAgent: string): string {
  return hash('sha256', `${salt}|${clientAddress}|${userAgent}`, 'hex');
}

function hashWith(salts: DaySalts, clientAddress: string, userAgent: string, withPrevious: boolean): VisitorHashes {
  return {
    current: digest(salts.current, clientAddress, userAgent),
    previous: withPrevious && salts.previous ? digest(salts.previous, clientAddress, userAgent) : null,
  };
}

/**
 * Daily random salts for visitor hashes. A salt lives in the database for
 * two days, so every instance hashes alike and a visitor seen yesterday can
 * still be matched today, and is then deleted: after that, no hash can be
 * traced back to an address. Nothing else about the address is kept.
 */
export class VisitorSalts {
  private readonly ready = new Map<string, DaySalts>();
  /** The UTC day of the last call and its bounds, so a redirect formats no date. */
  private today = { day: '', startMs: 0, endMs: 0 };
  private readonly pending = new Map<string, Promise<DaySalts>>();
  private readonly orm: MikroORM;

  constructor(orm: MikroORM) {
    this.orm = orm;
  }

  /** Hashes a visitor at a time, loading the day's salts first when needed. */
  async hashes(clientAddress: string, userAgent: string, atMs = Date.now(), withPrevious = true): Promise<VisitorHashes> {
    const day = this.dayOf(atMs);

    return hashWith(this.ready.get(day) ?? (await this.saltsFor(day)), clientAddress, userAgent, withPrevious);
  }

  /** Hashes a visitor without waiting, or returns null while the day's salts are not loaded yet. */
  hashesIfReady(clientAddress: string, userAgent: string, atMs = Date.now(), withPrevious = true): VisitorHashes | null {
    const salts = this.ready.get(this.dayOf(atMs));

    return salts ? hashWith(salts, clientAddress, userAgent, withPrevious) : null;
  }

  private dayOf(atMs: number): string {
    if (atMs < this.today.startMs || atMs >= this.today.endMs) {
      const startMs = atMs - (((atMs % DAY_MS) + DAY_MS) % DAY_MS);
      this.today = { day: utcDay(startMs), startMs, endMs: startMs + DAY_MS };
    }

    return this.today.day;
  }

  private saltsFor(day: string): Promise<DaySalts> {
    let loading = this.pending.get(day);
    if (!loading) {
      loading = this.load(day)
        .then((salts) => {
          for (const key of this.ready.keys()) if (key < day) this.ready.delete(key);
          this.ready.set(day, salts);

          return salts;
        })
        .finally(() => this.pending.delete(day));
      this.pending.set(day, loading);
    }

    return loading;
  }

  private async load(day: string): Promise<DaySalts> {
    const previousDay = utcDay(Date.parse(`${day}T00:00:00Z`) - DAY_MS);
    const em = this.orm.em.fork();
    await em.execute(`insert into visitor_salt (day, salt) values (?, ?) on conflict do nothing`, [
      day,
      randomBytes(32).toString('hex'),
    ]);
    await em.execute(`delete from visitor_salt where day < ?::date`, [previousDay]);
    const rows = await em.execute<{ day: string; salt: string }[]>(
      `select to_char(day, 'YYYY-MM-DD') as day, salt from visitor_salt where day in (?)`,
      [[day, previousDay]],
    );
    const saltOf = (wanted: string) => rows.find((row) => row.day === wanted)?.salt ?? null;

    return { current: saltOf(day)!, previous: saltOf(previousDay) };
  }
}
