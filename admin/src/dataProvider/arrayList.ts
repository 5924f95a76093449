import type { GetListParams, GetListResult, RaRecord } from 'react-admin';
import type { ArrayListDefinition } from './definition';
import { sortRecords } from './orders';

function matchesSearch(record: RaRecord, fields: readonly string[], search: string): boolean {
  const needle = search.trim().toLowerCase();
  return fields.some((field) =>
    String(record[field] ?? '')
      .toLowerCase()
      .includes(needle),
  );
}

/**
 * Pages, filters and sorts a list that the server returns whole. The API
 * serves these lists (API keys, members, secrets) without pagination, and
 * they stay short: one row per credential or person with access.
 */
export function arrayPage(
  list: ArrayListDefinition,
  records: RaRecord[],
  params: GetListParams,
  page: number,
  perPage: number,
): GetListResult<RaRecord> {
  const filter = (params.filter ?? {}) as Record<string, unknown>;
  let rows = records;
  if (typeof filter.search === 'string' && filter.search.trim() !== '') {
    rows = rows.filter((record) => matchesSearch(record, list.searchFields, filter.search as string));
  }
  for (const name of list.exactFilters) {
    const expected = filter[name];
    if (expected !== undefined && expected !== '' && expected !== null) {
      rows = rows.filter((record) => String(record[name]) === String(expected));
    }
  }
  rows = sortRecords(rows as Array<RaRecord & Record<string, unknown>>, params.sort);
  const start = (page - 1) * perPage;
  return {
    data: rows.slice(start, start + perPage),
    total: rows.length,
    pageInfo: { hasNextPage: start + perPage < rows.length, hasPreviousPage: start > 0 },
  };
}
