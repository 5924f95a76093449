import type { SortPayload } from 'react-admin';
import type { SortDefinition } from './definition';
import type { ListOrder } from './queries';

function direction(order: string | undefined): 'ASC' | 'DESC' {
  return order === 'DESC' ? 'DESC' : 'ASC';
}

/**
 * Turns react-admin's sort into the list's order argument. A field the list
 * cannot be sorted by leaves the server's default order, which is what the
 * list views show as unsorted.
 */
export function orderOf(sort: SortDefinition | undefined, payload: SortPayload | undefined): ListOrder {
  if (sort === undefined || payload === undefined) return null;
  if (sort.kind === 'direction') {
    return payload.field === sort.field ? { kind: 'direction', value: direction(payload.order) } : null;
  }
  const field = sort.fields[payload.field];
  return field === undefined
    ? null
    : { kind: 'orderBy', inputType: sort.inputType, value: { field, direction: direction(payload.order) } };
}

/** Sorts records of an array list in the browser by one field, nulls last. */
export function sortRecords<T extends Record<string, unknown>>(records: T[], payload: SortPayload | undefined): T[] {
  if (payload === undefined || payload.field === 'id') return records;
  const factor = payload.order === 'DESC' ? -1 : 1;
  return [...records].sort((a, b) => {
    const left = a[payload.field];
    const right = b[payload.field];
    if (left === right) return 0;
    if (left === null || left === undefined) return 1;
    if (right === null || right === undefined) return -1;
    return String(left).localeCompare(String(right), undefined, { numeric: true }) * factor;
  });
}
