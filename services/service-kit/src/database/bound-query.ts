import type { EntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery, type Kysely } from 'kysely';

/**
 * Runs SQL with `$1`-style bound parameters, in the entity manager's transaction when it has one.
 * `em.execute` escapes each parameter into the SQL text in JavaScript, which for a batch of rows or
 * a large JSON document costs more CPU than PostgreSQL spends running the statement.
 */
export async function queryBound<Row extends object = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  parameters: readonly unknown[],
): Promise<Row[]> {
  const runner = em.getTransactionContext<Kysely<unknown>>() ?? em.getConnection('write').getClient<unknown>();
  const result = await runner.executeQuery<Row>(CompiledQuery.raw(sql, [...parameters]));

  return [...result.rows];
}
