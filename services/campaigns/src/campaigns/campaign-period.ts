import { raw } from '@mikro-orm/core';

/**
 * Returns the SQL of a campaign's active span under a table alias: from its launch (or
 * planned start, or creation) to its end (or planned end), open-ended while
 * neither is known.
 */
export function campaignSpanSql(alias: string): { start: string; end: string } {
  return {
    start: `coalesce(${alias}.launched_at, ${alias}.starts_at, ${alias}.created_at)`,
    end: `coalesce(${alias}.ended_at, ${alias}.ends_at, 'infinity'::timestamptz)`,
  };
}

/** Builds a filter fragment that keeps campaigns whose span overlaps [from, to). */
export function overlapsPeriod(from?: Date, to?: Date): Record<string, unknown> {
  if (!from && !to) return {};
  const key = raw((alias: string) => {
    const span = campaignSpanSql(alias);
    const parts: string[] = [];
    if (to) parts.push(`${span.start} < ?`);
    if (from) parts.push(`${span.end} >= ?`);

    return parts.join(' and ');
  }, [...(to ? [to] : []), ...(from ? [from] : [])]);

  return { [key]: [] };
}
