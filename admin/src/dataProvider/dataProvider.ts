import type {
  CreateParams,
  CreateResult,
  DataProvider,
  GetListParams,
  GetListResult,
  GetManyParams,
  GetManyReferenceParams,
  GetManyReferenceResult,
  GetManyResult,
  GetOneParams,
  GetOneResult,
  RaRecord,
} from 'react-admin';
import { readSession } from '../auth/session';
import { executeGraphQL } from '../graphql/client';
import type { CampaignMetrics, LeaderboardEntry } from '../graphql/types';
import { CursorCache } from './cursorCache';
import {
  buildCreateMutation,
  buildListQuery,
  buildManyQuery,
  buildOneQuery,
  CAMPAIGN_LEADERBOARD_QUERY,
  CAMPAIGN_METRICS_QUERY,
  type ListFilters,
  type ListQueryMode,
} from './queries';
import { definitionOf, type ResourceDefinition } from './resources';

/** Largest `first` that the campaigns subgraph accepts on a connection. */
export const MAX_PAGE_SIZE = 500;

/**
 * Number of records that getMany requests in one aliased query. The gateway
 * rejects an operation with more than 30 aliases (maxAliases in
 * gateway/src/limits/operation-limits.ts).
 */
const MANY_BATCH_SIZE = 25;

const DEFAULT_PER_PAGE = 25;

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes?: RaRecord[];
  edges?: Array<{ cursor: string }>;
}

/** Methods beyond react-admin's standard ones, for views that need more than CRUD. */
export interface ConsoleDataProvider extends DataProvider {
  /** Returns Campaign.metrics, or throws when the gateway cannot resolve it yet. */
  getCampaignMetrics(id: string, options?: { signal?: AbortSignal }): Promise<CampaignMetrics | null>;
  /** Returns Campaign.leaderboard, or throws when the gateway cannot resolve it yet. */
  getCampaignLeaderboard(id: string, first: number, options?: { signal?: AbortSignal }): Promise<LeaderboardEntry[]>;
  /** Forgets every cached page cursor, for example when another API key signs in. */
  resetCursors(): void;
}

function currentApiKey(): string | null {
  return readSession()?.apiKey ?? null;
}

function run<TData>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<TData> {
  return executeGraphQL<TData>({ query, variables, apiKey: currentApiKey(), signal });
}

/**
 * Keeps only the filters that the list field takes, as strings, and drops
 * empty ones. react-admin may add others, such as the `q` of a search input.
 */
function supportedFilters(definition: ResourceDefinition, filter: unknown): ListFilters {
  const filters: Record<string, string> = {};
  if (typeof filter !== 'object' || filter === null) {
    return filters;
  }
  for (const [name, value] of Object.entries(filter)) {
    if (
      Object.hasOwn(definition.filters, name) &&
      (typeof value === 'string' || typeof value === 'number') &&
      value !== ''
    ) {
      filters[name] = String(value);
    }
  }
  return filters;
}

function listKey(resource: string, filters: ListFilters): string {
  const entries = Object.entries(filters).sort(([a], [b]) => a.localeCompare(b));
  return `${resource}|${JSON.stringify(entries)}`;
}

/**
 * Builds the react-admin DataProvider over the gateway. Lists are Relay
 * connections with forward-only keyset cursors, so page N is reached by
 * walking from the nearest page boundary whose cursor is cached.
 */
export function createDataProvider(): ConsoleDataProvider {
  const cursors = new CursorCache();

  async function fetchConnection(
    definition: ResourceDefinition,
    mode: ListQueryMode,
    filters: ListFilters,
    first: number,
    after: string | null,
    signal?: AbortSignal,
  ): Promise<Connection> {
    const query = buildListQuery(definition, mode, filters);
    const data = await run<{ page: Connection }>(query, { ...filters, first, after }, signal);
    return data.page;
  }

  async function getList<RecordType extends RaRecord>(
    resource: string,
    params: GetListParams,
  ): Promise<GetListResult<RecordType>> {
    const definition = definitionOf(resource);
    const filters = supportedFilters(definition, params.filter);
    const key = listKey(resource, filters);
    const page = Math.max(1, params.pagination?.page ?? 1);
    const perPage = Math.max(1, params.pagination?.perPage ?? DEFAULT_PER_PAGE);
    const start = (page - 1) * perPage;
    const emptyPage = (total: number): GetListResult<RecordType> => ({
      data: [],
      total,
      pageInfo: { hasNextPage: false, hasPreviousPage: start > 0 },
    });

    // Walk forward from the nearest known boundary, selecting only cursors,
    // and remember the cursor of every page boundary passed on the way.
    let { offset, after } = cursors.nearest(key, start);
    while (offset < start) {
      const skip = await fetchConnection(
        definition,
        'cursors',
        filters,
        Math.min(MAX_PAGE_SIZE, start - offset),
        after,
        params.signal,
      );
      cursors.observeTotal(key, skip.totalCount);
      const edges = skip.edges ?? [];
      edges.forEach((edge, index) => {
        const reached = offset + index + 1;
        if (reached % perPage === 0 || index === edges.length - 1) {
          cursors.record(key, reached, edge.cursor);
        }
      });
      const last = edges.at(-1);
      if (last === undefined) {
        return emptyPage(skip.totalCount);
      }
      offset += edges.length;
      after = last.cursor;
      if (!skip.pageInfo.hasNextPage && offset < start) {
        return emptyPage(skip.totalCount);
      }
    }

    // Fetch the rows, in several requests only when perPage exceeds the
    // largest page size that the gateway accepts.
    const rows: RaRecord[] = [];
    let connection: Connection | null = null;
    do {
      connection = await fetchConnection(
        definition,
        'rows',
        filters,
        Math.min(MAX_PAGE_SIZE, perPage - rows.length),
        after,
        params.signal,
      );
      cursors.observeTotal(key, connection.totalCount);
      rows.push(...(connection.nodes ?? []));
      after = connection.pageInfo.endCursor;
      if (after !== null && (connection.nodes ?? []).length > 0) {
        cursors.record(key, start + rows.length, after);
      }
    } while (rows.length < perPage && connection.pageInfo.hasNextPage && after !== null);

    return {
      data: rows as RecordType[],
      total: connection.totalCount,
      pageInfo: { hasNextPage: connection.pageInfo.hasNextPage, hasPreviousPage: start > 0 },
    };
  }

  async function getOne<RecordType extends RaRecord>(
    resource: string,
    params: GetOneParams<RecordType>,
  ): Promise<GetOneResult<RecordType>> {
    const definition = definitionOf(resource);
    const data = await run<{ record: RaRecord }>(buildOneQuery(definition), { id: String(params.id) }, params.signal);
    return { data: data.record as RecordType };
  }

  async function getMany<RecordType extends RaRecord>(
    resource: string,
    params: GetManyParams<RecordType>,
  ): Promise<GetManyResult<RecordType>> {
    const definition = definitionOf(resource);
    const ids = [...new Set(params.ids.map(String))];
    const records: RaRecord[] = [];
    for (let start = 0; start < ids.length; start += MANY_BATCH_SIZE) {
      const batch = ids.slice(start, start + MANY_BATCH_SIZE);
      const variables = Object.fromEntries(batch.map((id, index) => [`id${index}`, id]));
      const data = await run<Record<string, RaRecord>>(
        buildManyQuery(definition, batch.length),
        variables,
        params.signal,
      );
      batch.forEach((_, index) => {
        const record = data[`record${index}`];
        if (record !== undefined) {
          records.push(record);
        }
      });
    }
    return { data: records as RecordType[] };
  }

  function getManyReference<RecordType extends RaRecord>(
    resource: string,
    params: GetManyReferenceParams,
  ): Promise<GetManyReferenceResult<RecordType>> {
    const definition = definitionOf(resource);
    if (!Object.hasOwn(definition.filters, params.target)) {
      return Promise.reject(
        new Error(
          `The ${resource} list cannot be filtered by "${params.target}". Add the filter to its definition in dataProvider/resources.ts.`,
        ),
      );
    }
    const filter: Record<string, unknown> = {
      ...(params.filter as Record<string, unknown>),
      [params.target]: params.id,
    };
    return getList<RecordType>(resource, { pagination: params.pagination, filter, signal: params.signal });
  }

  async function create<RecordType extends RaRecord>(
    resource: string,
    params: CreateParams,
  ): Promise<CreateResult<RecordType>> {
    const definition = definitionOf(resource);
    const mutation = buildCreateMutation(definition);
    if (mutation === null || definition.create === undefined) {
      throw new Error(`Creating ${resource} is not supported by the console yet.`);
    }
    const input = definition.create.toInput(params.data as Record<string, unknown>);
    const data = await run<{ record: RaRecord }>(mutation, { input });
    // A new record shifts the offsets of every cached list of the resource.
    cursors.clear(`${resource}|`);
    return { data: data.record as RecordType };
  }

  function unsupported(operation: string) {
    return (resource: string): Promise<never> =>
      Promise.reject(new Error(`The console cannot ${operation} ${resource} yet: the operation is not implemented.`));
  }

  return {
    supportAbortSignal: true,
    getList,
    getOne,
    getMany,
    getManyReference,
    create,
    update: unsupported('update'),
    updateMany: unsupported('update'),
    delete: unsupported('delete'),
    deleteMany: unsupported('delete'),

    async getCampaignMetrics(id, options) {
      const data = await run<{ campaign: { metrics: CampaignMetrics | null } }>(
        CAMPAIGN_METRICS_QUERY,
        { id },
        options?.signal,
      );
      return data.campaign.metrics;
    },

    async getCampaignLeaderboard(id, first, options) {
      const data = await run<{ campaign: { leaderboard: LeaderboardEntry[] } }>(
        CAMPAIGN_LEADERBOARD_QUERY,
        { id, first },
        options?.signal,
      );
      return data.campaign.leaderboard;
    },

    resetCursors() {
      cursors.clear();
    },
  };
}
