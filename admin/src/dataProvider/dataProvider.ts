import type {
  CreateParams,
  CreateResult,
  DataProvider,
  DeleteParams,
  DeleteResult,
  GetListParams,
  GetListResult,
  GetManyParams,
  GetManyReferenceParams,
  GetManyResult,
  GetOneParams,
  GetOneResult,
  RaRecord,
  UpdateParams,
  UpdateResult,
} from 'react-admin';
import { currentToken } from '../auth/authProvider';
import { executeGraphQL } from '../graphql/client';
import { gatewayBaseUrl } from '../config';
import { executeGraphQLWithProgress, type UploadProgress, uploadFile } from '../graphql/upload';
import { arrayPage } from './arrayList';
import { ConnectionLister, type Runner } from './connectionList';
import type {
  ArrayListDefinition,
  ConnectionListDefinition,
  MutationDefinition,
  ResourceDefinition,
} from './definition';
import { definitionOf } from './definitions';
import { listKey, supportedFilters } from './filters';
import { orderOf } from './orders';
import { buildArrayQuery, buildManyQuery, buildOneQuery } from './queries';

/**
 * Number of records that getMany requests in one aliased query. The gateway
 * rejects an operation with more than 30 aliases.
 */
const MANY_BATCH_SIZE = 25;
const DEFAULT_PER_PAGE = 25;

/** Methods beyond react-admin's standard ones, for dashboards and actions that are not CRUD. */
export interface ConsoleDataProvider extends DataProvider {
  /** Runs a query and returns its data, throwing the server's first error. */
  query<TData>(
    document: string,
    variables?: Record<string, unknown>,
    options?: { signal?: AbortSignal },
  ): Promise<TData>;
  /**
   * Runs a mutation. The cursors of the resources it changes are dropped,
   * because their lists' offsets may have moved.
   */
  mutate<TData>(document: string, variables: Record<string, unknown>, changes: readonly string[]): Promise<TData>;
  /** Runs a mutation whose variables carry a file, reporting the upload's progress. */
  upload<TData>(
    document: string,
    variables: Record<string, unknown>,
    changes: readonly string[],
    onProgress: (progress: UploadProgress) => void,
    options?: { signal?: AbortSignal },
  ): Promise<TData>;
  /**
   * Streams a file to a REST endpoint of the gateway, such as `/v1/imports`,
   * with the query parameters given, reporting the upload's progress.
   */
  uploadFile<TBody>(
    path: string,
    query: Record<string, string>,
    file: Blob,
    changes: readonly string[],
    onProgress: (progress: UploadProgress) => void,
  ): Promise<TBody>;
  /** Forgets every cached page cursor, for example when another user signs in. */
  resetCursors(): void;
}

const run: Runner = (query, variables, signal) => executeGraphQL({ query, variables, token: currentToken(), signal });

function isConnection(
  definition: ResourceDefinition,
): definition is ResourceDefinition & { list: ConnectionListDefinition } {
  return definition.list.kind === 'connection';
}

function isArray(definition: ResourceDefinition): definition is ResourceDefinition & { list: ArrayListDefinition } {
  return definition.list.kind === 'array';
}

function recordOf(definition: ResourceDefinition, node: unknown): RaRecord {
  const value = node as Record<string, unknown>;
  return definition.toRecord ? definition.toRecord(value) : (value as RaRecord);
}

async function runMutation<Params>(
  resource: string,
  mutation: MutationDefinition<Params> | undefined,
  operation: string,
  params: Params,
): Promise<RaRecord> {
  if (mutation === undefined) {
    throw new Error(`The API offers no way to ${operation} ${resource}.`);
  }
  const data = await run<{ result: unknown }>(mutation.document, mutation.variables(params));
  return mutation.record ? mutation.record(data.result, params) : (data.result as RaRecord);
}

/** Builds the react-admin DataProvider over the gateway's federated GraphQL API. */
export function createDataProvider(): ConsoleDataProvider {
  const lister = new ConnectionLister(run);

  async function readArray(definition: ResourceDefinition, signal?: AbortSignal): Promise<RaRecord[]> {
    const data = await run<{ page: unknown[] }>(buildArrayQuery(definition), {}, signal);
    return data.page.map((node) => recordOf(definition, node));
  }

  async function getList<RecordType extends RaRecord>(
    resource: string,
    params: GetListParams,
  ): Promise<GetListResult<RecordType>> {
    const definition = definitionOf(resource);
    const page = Math.max(1, params.pagination?.page ?? 1);
    const perPage = Math.max(1, params.pagination?.perPage ?? DEFAULT_PER_PAGE);
    if (isArray(definition)) {
      const records = await readArray(definition, params.signal);
      return arrayPage(definition.list, records, params, page, perPage) as GetListResult<RecordType>;
    }
    if (!isConnection(definition)) throw new Error(`Unknown list kind for ${resource}.`);
    const filters = supportedFilters(definition.list, params.filter);
    const order = orderOf(definition.list.sort, params.sort);
    const result = await lister.page(definition, {
      key: listKey(resource, filters, order),
      filters,
      order,
      start: (page - 1) * perPage,
      perPage,
      signal: params.signal,
    });
    return result as GetListResult<RecordType>;
  }

  async function findByIds(resource: string, ids: string[], signal?: AbortSignal): Promise<RaRecord[]> {
    const definition = definitionOf(resource);
    const requested = new Set(ids);
    if (isArray(definition)) {
      return (await readArray(definition, signal)).filter((record) => requested.has(String(record.id)));
    }
    if (definition.one === undefined && isConnection(definition)) {
      return lister.find(definition, requested, signal);
    }
    const records: RaRecord[] = [];
    for (let start = 0; start < ids.length; start += MANY_BATCH_SIZE) {
      const batch = ids.slice(start, start + MANY_BATCH_SIZE);
      const variables = Object.fromEntries(batch.map((id, index) => [`id${index}`, id]));
      const data = await run<Record<string, unknown>>(buildManyQuery(definition, batch.length), variables, signal);
      batch.forEach((_, index) => {
        const node = data[`record${index}`];
        if (node !== undefined && node !== null) records.push(recordOf(definition, node));
      });
    }
    return records;
  }

  async function getOne<RecordType extends RaRecord>(
    resource: string,
    params: GetOneParams<RecordType>,
  ): Promise<GetOneResult<RecordType>> {
    const definition = definitionOf(resource);
    if (definition.one !== undefined) {
      const data = await run<{ record: unknown }>(buildOneQuery(definition), { id: String(params.id) }, params.signal);
      return { data: recordOf(definition, data.record) as RecordType };
    }
    const [record] = await findByIds(resource, [String(params.id)], params.signal);
    if (record === undefined) {
      throw new Error(`No ${resource} record has the id ${String(params.id)}.`);
    }
    return { data: record as RecordType };
  }

  async function getMany<RecordType extends RaRecord>(
    resource: string,
    params: GetManyParams<RecordType>,
  ): Promise<GetManyResult<RecordType>> {
    const ids = [...new Set(params.ids.map(String))];
    return { data: (await findByIds(resource, ids, params.signal)) as RecordType[] };
  }

  function getManyReference<RecordType extends RaRecord>(resource: string, params: GetManyReferenceParams) {
    const definition = definitionOf(resource);
    const filters = definition.list.kind === 'connection' ? definition.list.filters : {};
    if (!Object.hasOwn(filters, params.target)) {
      return Promise.reject(
        new Error(`The ${resource} list cannot be filtered by "${params.target}"; add the filter to its definition.`),
      );
    }
    const filter = { ...(params.filter as Record<string, unknown>), [params.target]: params.id };
    return getList<RecordType>(resource, {
      pagination: params.pagination,
      sort: params.sort,
      filter,
      signal: params.signal,
    });
  }

  async function create<RecordType extends RaRecord>(
    resource: string,
    params: CreateParams,
  ): Promise<CreateResult<RecordType>> {
    const definition = definitionOf(resource);
    const record = await runMutation(resource, definition.create, 'create', {
      data: params.data as Record<string, unknown>,
    });
    lister.cursors.clear(`${resource}|`);
    return { data: record as RecordType };
  }

  async function update<RecordType extends RaRecord>(
    resource: string,
    params: UpdateParams,
  ): Promise<UpdateResult<RecordType>> {
    const definition = definitionOf(resource);
    const record = await runMutation(resource, definition.update, 'update', {
      id: String(params.id),
      data: params.data as Record<string, unknown>,
      previousData: (params.previousData ?? {}) as Record<string, unknown>,
    });
    return { data: record as RecordType };
  }

  async function remove<RecordType extends RaRecord>(
    resource: string,
    params: DeleteParams<RecordType>,
  ): Promise<DeleteResult<RecordType>> {
    const definition = definitionOf(resource);
    const record = await runMutation(resource, definition.delete, 'delete', {
      id: String(params.id),
      previousData: (params.previousData ?? { id: params.id }) as Record<string, unknown>,
    });
    lister.cursors.clear(`${resource}|`);
    return { data: record as RecordType };
  }

  const clearChanged = (changes: readonly string[]) =>
    changes.forEach((resource) => lister.cursors.clear(`${resource}|`));

  return {
    supportAbortSignal: true,
    getList,
    getOne,
    getMany,
    getManyReference,
    create,
    update,
    delete: remove,
    updateMany: () => Promise.reject(new Error('The console edits one record at a time.')),
    deleteMany: () => Promise.reject(new Error('The console deletes one record at a time.')),

    query: (document, variables = {}, options) => run(document, variables, options?.signal),

    async mutate(document, variables, changes) {
      const data = await run<never>(document, variables);
      clearChanged(changes);
      return data;
    },

    async upload(document, variables, changes, onProgress, options) {
      const data = await executeGraphQLWithProgress<never>(
        { query: document, variables, token: currentToken(), signal: options?.signal },
        onProgress,
      );
      clearChanged(changes);
      return data;
    },

    async uploadFile(path, query, file, changes, onProgress) {
      const url = `${gatewayBaseUrl()}${path}?${new URLSearchParams(query).toString()}`;
      const { body } = await uploadFile<never>(url, file, currentToken(), onProgress);
      clearChanged(changes);
      return body;
    },

    resetCursors() {
      lister.cursors.clear();
    },
  };
}
