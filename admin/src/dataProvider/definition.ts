// How a react-admin resource maps onto the federated schema. The data
// provider builds every query from these definitions, one per file under
// definitions/, so adding a resource, a filter or a write means adding to
// its definition.

import type { RaRecord } from 'react-admin';

/** A list argument that a react-admin filter sets. */
export interface FilterDefinition {
  /** GraphQL type of the argument as the variable declares it, such as `ID`, `[CampaignStatus!]` or `Boolean!`. */
  type: string;
  /** Turns the filter's form value into the argument's value; undefined leaves the argument out. */
  toValue?: (value: unknown) => unknown;
}

/** Order of a connection for react-admin's sort. */
export type SortDefinition =
  /** An `orderBy: { field, direction }` input whose enum values the map gives per react-admin field. */
  | { kind: 'orderBy'; inputType: string; fields: Readonly<Record<string, string>> }
  /** A bare `direction` argument over the one field the server sorts by. */
  | { kind: 'direction'; field: string };

/** A list served as a Relay connection, paginated, filtered and sorted on the server. */
export interface ConnectionListDefinition {
  kind: 'connection';
  field: string;
  selection: string;
  filters: Readonly<Record<string, FilterDefinition>>;
  sort?: SortDefinition;
  /** Arguments sent with every page, such as `includeDisabled: true`, as variable declarations and values. */
  fixed?: Readonly<Record<string, { type: string; value: unknown }>>;
}

/**
 * A list that the server returns whole, as a plain array (API keys, members,
 * webhook secrets). The data provider pages, filters and sorts it itself.
 */
export interface ArrayListDefinition {
  kind: 'array';
  field: string;
  selection: string;
  /** Fields that the `search` filter looks into. */
  searchFields: readonly string[];
  /** Filters that must equal a field of the record, such as `role`. */
  exactFilters: readonly string[];
}

/** A write operation: a document whose root field is aliased `result`, its variables and the record it yields. */
export interface MutationDefinition<Params> {
  document: string;
  variables(params: Params): Record<string, unknown>;
  /** Extracts the record from `result`; the result itself when omitted. */
  record?(result: unknown, params: Params): RaRecord;
}

export interface CreateParams {
  data: Record<string, unknown>;
}

export interface UpdateParams {
  id: string;
  data: Record<string, unknown>;
  previousData: Record<string, unknown>;
}

export interface DeleteParams {
  id: string;
  previousData: Record<string, unknown>;
}

export interface ResourceDefinition {
  /** Type name used in operation names, such as `Campaign`. */
  typeName: string;
  list: ConnectionListDefinition | ArrayListDefinition;
  /** Root field returning one record by id; without it, records are looked up in the list. */
  one?: { field: string; selection: string };
  /** Turns a node of the API into a react-admin record, for types whose key is not `id`. */
  toRecord?(node: Record<string, unknown>): RaRecord;
  create?: MutationDefinition<CreateParams>;
  update?: MutationDefinition<UpdateParams>;
  delete?: MutationDefinition<DeleteParams>;
}

/** Trims a form value and turns an empty text into null, as optional API inputs expect. */
export function optionalText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Trims a form value for a required text input; the server rejects an empty one with its own message. */
export function requiredText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * Returns an update input with only the fields that changed, so that a
 * partial update does not rewrite a field another user changed meanwhile.
 */
export function changedFields(
  data: Record<string, unknown>,
  previous: Record<string, unknown>,
  fields: readonly string[],
  normalize: (field: string, value: unknown) => unknown = (_, value) => value,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    const next = normalize(field, data[field]);
    const before = normalize(field, previous[field]);
    if (JSON.stringify(next) !== JSON.stringify(before)) input[field] = next;
  }
  return input;
}
