import type { EntityManager } from '@alg/service-kit';

export interface PreparedStatement {
  name: string;
  /** SQL whose every `?` is a parameter with a cast that fixes its type, because PREPARE infers the types from them. */
  sql: string;
}

/** Entity managers whose connection has been checked; a transaction keeps one connection for its whole life. */
const checked = new WeakMap<EntityManager, Set<string>>();

/**
 * Makes sure the connection of `em` has prepared the statements, with one
 * query for all of them, and at most once per entity manager. Prepared
 * statements belong to a connection of the pool, and PostgreSQL reuses
 * their plan instead of planning the large recompute queries for every
 * event.
 */
async function ensurePrepared(em: EntityManager, statements: PreparedStatement[]): Promise<void> {
  const known = checked.get(em) ?? new Set<string>();
  const unique = new Map(statements.map((statement) => [statement.name, statement]));
  const missing = [...unique.values()].filter((statement) => !known.has(statement.name));
  if (missing.length === 0) return;
  const rows = await em.execute<{ name: string }[]>(`select name from pg_prepared_statements where name in (?)`, [
    missing.map((statement) => statement.name),
  ]);
  const prepared = new Set(rows.map((row) => row.name));
  for (const statement of missing) {
    if (!prepared.has(statement.name)) {
      let index = 0;
      await em.execute(`prepare ${statement.name} as ${statement.sql.replace(/\?/g, () => `$${++index}`)}`);
    }
    known.add(statement.name);
  }
  checked.set(em, known);
}

/** Runs `statement` as a prepared statement of the session; `together` are prepared with it in the same check. */
export async function executePrepared<T extends object[]>(
  em: EntityManager,
  statement: PreparedStatement,
  params: unknown[],
  together: PreparedStatement[] = [],
): Promise<T> {
  await ensurePrepared(em, [statement, ...together]);

  return em.execute<T>(`execute ${statement.name}(${params.map(() => '?').join(', ')})`, params);
}
