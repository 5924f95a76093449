import type { GetListResult, RaRecord } from 'react-admin';
import { CursorCache } from './cursorCache';
import type { ConnectionListDefinition, ResourceDefinition } from './definition';
import type { ListFilters } from './filters';
import { buildListQuery, type ListOrder, type ListQueryMode } from './queries';

/** Largest `first` that the subgraphs accept on a connection. */
export const MAX_PAGE_SIZE = 500;

export interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes?: Record<string, unknown>[];
  edges?: Array<{ cursor: string }>;
}

export type Runner = <TData>(query: string, variables: Record<string, unknown>, signal?: AbortSignal) => Promise<TData>;

type ConnectionResource = ResourceDefinition & { list: ConnectionListDefinition };

/** One page request of a connection list: its filters, order and the position to start from. */
export interface PageRequest {
  key: string;
  filters: ListFilters;
  order: ListOrder;
  start: number;
  perPage: number;
  signal?: AbortSignal;
}

function fixedValues(list: ConnectionListDefinition, filters: ListFilters): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, fixed] of Object.entries(list.fixed ?? {})) {
    if (!(name in filters)) values[name] = fixed.value;
  }
  return values;
}

/**
 * Reads pages of Relay connections with forward-only keyset cursors. Page N
 * is reached by walking from the nearest page boundary whose cursor is
 * cached, selecting only cursors on the way.
 */
export class ConnectionLister {
  constructor(
    private readonly run: Runner,
    readonly cursors = new CursorCache(),
  ) {}

  private async fetch(
    definition: ConnectionResource,
    mode: ListQueryMode,
    request: PageRequest,
    first: number,
    after: string | null,
  ): Promise<Connection> {
    const query = buildListQuery(definition, mode, request.filters, request.order);
    const variables: Record<string, unknown> = {
      ...request.filters,
      ...fixedValues(definition.list, request.filters),
      first,
      after,
    };
    if (request.order?.kind === 'orderBy') variables.orderBy = request.order.value;
    if (request.order?.kind === 'direction') variables.direction = request.order.value;
    const data = await this.run<{ page: Connection }>(query, variables, request.signal);
    return data.page;
  }

  /** Walks to the start of the page; returns null with the total when the list is shorter. */
  private async skipTo(
    definition: ConnectionResource,
    request: PageRequest,
  ): Promise<{ after: string | null } | { total: number }> {
    let { offset, after } = this.cursors.nearest(request.key, request.start);
    while (offset < request.start) {
      const skip = await this.fetch(
        definition,
        'cursors',
        request,
        Math.min(MAX_PAGE_SIZE, request.start - offset),
        after,
      );
      this.cursors.observeTotal(request.key, skip.totalCount);
      const edges = skip.edges ?? [];
      edges.forEach((edge, index) => {
        const reached = offset + index + 1;
        if (reached % request.perPage === 0 || index === edges.length - 1) {
          this.cursors.record(request.key, reached, edge.cursor);
        }
      });
      const last = edges.at(-1);
      if (last === undefined || (!skip.pageInfo.hasNextPage && offset + edges.length < request.start)) {
        return { total: skip.totalCount };
      }
      offset += edges.length;
      after = last.cursor;
    }
    return { after };
  }

  async page(definition: ConnectionResource, request: PageRequest): Promise<GetListResult<RaRecord>> {
    const toRecord = definition.toRecord ?? ((node: Record<string, unknown>) => node as RaRecord);
    const position = await this.skipTo(definition, request);
    if ('total' in position) {
      return { data: [], total: position.total, pageInfo: { hasNextPage: false, hasPreviousPage: request.start > 0 } };
    }
    // Several requests only when perPage exceeds the largest page size.
    const rows: Record<string, unknown>[] = [];
    let after = position.after;
    let connection: Connection;
    do {
      connection = await this.fetch(
        definition,
        'rows',
        request,
        Math.min(MAX_PAGE_SIZE, request.perPage - rows.length),
        after,
      );
      this.cursors.observeTotal(request.key, connection.totalCount);
      rows.push(...(connection.nodes ?? []));
      after = connection.pageInfo.endCursor;
      if (after !== null && (connection.nodes ?? []).length > 0) {
        this.cursors.record(request.key, request.start + rows.length, after);
      }
    } while (rows.length < request.perPage && connection.pageInfo.hasNextPage && after !== null);
    return {
      data: rows.map(toRecord),
      total: connection.totalCount,
      pageInfo: { hasNextPage: connection.pageInfo.hasNextPage, hasPreviousPage: request.start > 0 },
    };
  }

  /**
   * Finds records by id by reading the whole list, for types that have no
   * root field by id. Stops after `maxPages` pages of the largest size.
   */
  async find(definition: ConnectionResource, ids: ReadonlySet<string>, signal?: AbortSignal, maxPages = 20) {
    const toRecord = definition.toRecord ?? ((node: Record<string, unknown>) => node as RaRecord);
    const found: RaRecord[] = [];
    const request: PageRequest = { key: '', filters: {}, order: null, start: 0, perPage: MAX_PAGE_SIZE, signal };
    let after: string | null = null;
    for (let page = 0; page < maxPages && found.length < ids.size; page += 1) {
      const connection = await this.fetch(definition, 'rows', request, MAX_PAGE_SIZE, after);
      found.push(...(connection.nodes ?? []).map(toRecord).filter((record) => ids.has(String(record.id))));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    return found;
  }
}
