import type { ResourceDefinition } from './resources';

/** Selection of a list query: whole rows, or only the cursors used to skip ahead. */
export type ListQueryMode = 'rows' | 'cursors';

/** Filter values as sent to the gateway, keyed by argument name. */
export type ListFilters = Readonly<Record<string, string>>;

function argumentList(names: readonly string[]): string {
  return names.map((name) => `${name}: $${name}`).join(', ');
}

/**
 * Builds the query for one page of a connection. Only the filters that are
 * set become variables, because a declared variable must also be used.
 */
export function buildListQuery(definition: ResourceDefinition, mode: ListQueryMode, filters: ListFilters): string {
  const filterNames = Object.keys(filters).sort();
  const variableDeclarations = ['$first: Int!', '$after: String']
    .concat(filterNames.map((name) => `$${name}: ${definition.filters[name]}`))
    .join(', ');
  const argumentsText = argumentList(['first', 'after', ...filterNames]);
  const selection =
    mode === 'rows'
      ? `totalCount pageInfo { hasNextPage endCursor } nodes { ${definition.listSelection} }`
      : 'totalCount pageInfo { hasNextPage endCursor } edges { cursor }';
  const operationName = `${mode === 'rows' ? 'List' : 'Skip'}${definition.typeName}s`;
  return `query ${operationName}(${variableDeclarations}) { page: ${definition.listField}(${argumentsText}) { ${selection} } }`;
}

/** Builds the query for one record by id. */
export function buildOneQuery(definition: ResourceDefinition): string {
  return `query Get${definition.typeName}($id: ID!) { record: ${definition.oneField}(id: $id) { ${definition.detailSelection} } }`;
}

/**
 * Builds one query that fetches several records by id through aliases
 * `record0`, `record1` and so on, so that getMany costs a single request.
 */
export function buildManyQuery(definition: ResourceDefinition, count: number): string {
  const indexes = Array.from({ length: count }, (_, index) => index);
  const declarations = indexes.map((index) => `$id${index}: ID!`).join(', ');
  const fields = indexes
    .map((index) => `record${index}: ${definition.oneField}(id: $id${index}) { ${definition.detailSelection} }`)
    .join(' ');
  return `query GetMany${definition.typeName}s(${declarations}) { ${fields} }`;
}

/** Builds the mutation that creates a record, or returns null when the resource has none. */
export function buildCreateMutation(definition: ResourceDefinition): string | null {
  const create = definition.create;
  if (create === undefined) {
    return null;
  }
  return `mutation Create${definition.typeName}($input: ${create.inputType}!) { record: ${create.mutationField}(input: $input) { ${definition.detailSelection} } }`;
}

export const CAMPAIGN_METRICS_QUERY = `query CampaignMetrics($id: ID!) {
  campaign(id: $id) {
    id
    metrics {
      invited activated activationRate activationTarget targetMet shares potentialReach
      clicks uniqueClicks previews conversions registrations costPerRegistration currency
    }
  }
}`;

export const CAMPAIGN_LEADERBOARD_QUERY = `query CampaignLeaderboard($id: ID!, $first: Int) {
  campaign(id: $id) {
    id
    leaderboard(first: $first) { rank points participant { id firstName lastName email } }
  }
}`;

export const ORGANIZATION_QUERY = '{ organization { id name timeZone } }';
