import type { ConnectionListDefinition, ResourceDefinition } from './definition';
import type { ListFilters } from './filters';

/** Selection of a list query: whole rows, or only the cursors used to skip ahead. */
export type ListQueryMode = 'rows' | 'cursors';

/** The order argument of one list request, as sent in the variables. */
export type ListOrder =
  | { kind: 'orderBy'; inputType: string; value: { field: string; direction: 'ASC' | 'DESC' } }
  | { kind: 'direction'; value: 'ASC' | 'DESC' }
  | null;

/**
 * Builds the query for one page of a connection. Only the filters that are
 * set become variables, because a declared variable must also be used.
 */
export function buildListQuery(
  definition: ResourceDefinition & { list: ConnectionListDefinition },
  mode: ListQueryMode,
  filters: ListFilters,
  order: ListOrder,
): string {
  const list = definition.list;
  const filterNames = Object.keys(filters).sort();
  const fixedNames = Object.keys(list.fixed ?? {}).filter((name) => !filterNames.includes(name));
  const declarations = ['$first: Int!', '$after: String']
    .concat(filterNames.map((name) => `$${name}: ${list.filters[name]!.type}`))
    .concat(fixedNames.map((name) => `$${name}: ${list.fixed![name]!.type}`));
  const argumentNames = ['first', 'after', ...filterNames, ...fixedNames];
  if (order?.kind === 'orderBy') {
    declarations.push(`$orderBy: ${order.inputType}`);
    argumentNames.push('orderBy');
  } else if (order?.kind === 'direction') {
    declarations.push('$direction: SortDirection!');
    argumentNames.push('direction');
  }
  const argumentsText = argumentNames.map((name) => `${name}: $${name}`).join(', ');
  const selection =
    mode === 'rows'
      ? `totalCount pageInfo { hasNextPage endCursor } nodes { ${list.selection} }`
      : 'totalCount pageInfo { hasNextPage endCursor } edges { cursor }';
  const operationName = `${mode === 'rows' ? 'List' : 'Skip'}${definition.typeName}s`;
  return `query ${operationName}(${declarations.join(', ')}) { page: ${list.field}(${argumentsText}) { ${selection} } }`;
}

/** Builds the query for one record by id. */
export function buildOneQuery(definition: ResourceDefinition): string {
  const one = definition.one!;
  return `query Get${definition.typeName}($id: ID!) { record: ${one.field}(id: $id) { ${one.selection} } }`;
}

/**
 * Builds one query that fetches several records by id through aliases
 * `record0`, `record1` and so on, so that getMany costs a single request.
 */
export function buildManyQuery(definition: ResourceDefinition, count: number): string {
  const one = definition.one!;
  const indexes = Array.from({ length: count }, (_, index) => index);
  const declarations = indexes.map((index) => `$id${index}: ID!`).join(', ');
  const fields = indexes.map((index) => `record${index}: ${one.field}(id: $id${index}) { ${one.selection} }`).join(' ');
  return `query GetMany${definition.typeName}s(${declarations}) { ${fields} }`;
}

/** Builds the query that returns a whole array list. */
export function buildArrayQuery(definition: ResourceDefinition): string {
  return `query List${definition.typeName}s { page: ${definition.list.field} { ${definition.list.selection} } }`;
}
