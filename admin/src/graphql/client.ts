import { HttpError } from 'react-admin';
import { graphqlEndpoint } from '../config';

/** One entry of a GraphQL response's `errors` array. */
export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; field?: string } & Record<string, unknown>;
}

/** Cause of a failed gateway request. */
export type GatewayErrorKind =
  /** The gateway returned GraphQL errors. */
  | 'graphql'
  /** No HTTP response arrived: the gateway is down, unreachable or blocked by CORS. */
  | 'network'
  /** An HTTP response arrived, but its body was not GraphQL JSON. */
  | 'http';

/** Translation key and arguments that describe a failure detected by the console itself. */
export interface ErrorTranslation {
  key: string;
  args: Record<string, string | number>;
}

/** Fields that react-admin's create and edit forms show next to the inputs. */
export type FieldErrors = Record<string, string>;

/**
 * A failed gateway request. `message` is the server's `errors[0].message` for
 * GraphQL errors and an English sentence otherwise, in which case
 * `translation` carries the i18n key to show instead.
 */
export class GatewayError extends HttpError {
  readonly kind: GatewayErrorKind;
  /** The server's `errors[0].extensions.code`, such as UNAUTHENTICATED or NOT_FOUND. */
  readonly code: string | undefined;
  readonly graphQLErrors: readonly GraphQLErrorEntry[];
  readonly translation: ErrorTranslation | undefined;

  constructor(options: {
    kind: GatewayErrorKind;
    message: string;
    status: number;
    graphQLErrors?: readonly GraphQLErrorEntry[];
    translation?: ErrorTranslation;
  }) {
    const graphQLErrors = options.graphQLErrors ?? [];
    super(options.message, options.status, { errors: fieldErrorsOf(graphQLErrors), graphQLErrors });
    // react-admin's HttpError constructor resets the prototype to its own
    // (ra-core 5.15), which would make `instanceof GatewayError` false.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'GatewayError';
    this.kind = options.kind;
    this.code = graphQLErrors[0]?.extensions?.code;
    this.graphQLErrors = graphQLErrors;
    this.translation = options.translation;
  }
}

/**
 * Maps BAD_USER_INPUT errors that name a `field` extension to react-admin's
 * `body.errors` shape, so that forms show them next to the input. Returns
 * undefined when no error names a field, which keeps react-admin's
 * notification path.
 */
function fieldErrorsOf(errors: readonly GraphQLErrorEntry[]): FieldErrors | undefined {
  const fields: FieldErrors = {};
  for (const error of errors) {
    const field = error.extensions?.field;
    if (error.extensions?.code === 'BAD_USER_INPUT' && typeof field === 'string') {
      fields[field] = error.message;
    }
  }
  return Object.keys(fields).length > 0 ? fields : undefined;
}

/** A GraphQL operation and the bearer token (session token or API key) to send it with. */
export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  token: string | null;
  signal?: AbortSignal;
}

/** A response body whose `data` may be partial when `errors` is not empty. */
export interface GraphQLResult<TData> {
  data: TData | null;
  errors: readonly GraphQLErrorEntry[];
  /** HTTP status of the response. */
  status: number;
}

function isGraphQLErrorEntry(value: unknown): value is GraphQLErrorEntry {
  return typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string';
}

function readErrors(body: Record<string, unknown>): GraphQLErrorEntry[] | null {
  if (body.errors === undefined) {
    return [];
  }
  if (!Array.isArray(body.errors) || !body.errors.every(isGraphQLErrorEntry)) {
    return null;
  }
  return body.errors;
}

/**
 * POSTs one operation to the gateway and returns the parsed body, keeping
 * partial data next to its errors. It throws a GatewayError only when no
 * GraphQL body arrived, and rethrows the AbortError of a cancelled request.
 */
export async function requestGraphQL<TData>(request: GraphQLRequest): Promise<GraphQLResult<TData>> {
  const url = graphqlEndpoint();
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  if (request.token !== null) {
    headers.authorization = `Bearer ${request.token}`;
  }

  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: request.query, variables: request.variables ?? {} }),
      signal: request.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') {
      throw cause;
    }
    throw networkError(url);
  }

  // The gateway and the subgraphs send GraphQL errors with non-2xx statuses
  // too (401 for a missing key), so the body is read whatever the status.
  let body: unknown = null;
  try {
    body = await response.json();
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') {
      throw cause;
    }
  }
  return resultFrom<TData>(url, response.status, body);
}

/**
 * Interprets a parsed response body, keeping partial data next to its
 * errors, and throws a GatewayError when the body is not a GraphQL response.
 */
export function resultFrom<TData>(url: string, status: number, body: unknown): GraphQLResult<TData> {
  const errors = typeof body === 'object' && body !== null ? readErrors(body as Record<string, unknown>) : null;
  const data = errors === null ? undefined : (body as { data?: unknown }).data;
  if (errors === null || (errors.length === 0 && (typeof data !== 'object' || data === null))) {
    throw new GatewayError({
      kind: 'http',
      status,
      message: `The gateway at ${url} returned HTTP ${status} without a GraphQL response.`,
      translation: { key: 'alg.errors.http', args: { url, status } },
    });
  }
  return { data: (data ?? null) as TData | null, errors, status };
}

/** Returns a result's data, throwing a GatewayError with the server's first error when there is one. */
export function dataOf<TData>(result: GraphQLResult<TData>): TData {
  const [first] = result.errors;
  if (first !== undefined || result.data === null) {
    // resultFrom already rejects a body with neither errors nor data, so a
    // null `data` here always comes with at least one error.
    throw new GatewayError({
      kind: 'graphql',
      status: result.status,
      message: first?.message ?? 'The gateway returned no data.',
      graphQLErrors: result.errors,
    });
  }
  return result.data;
}

/** Sends one operation and returns its data, throwing a GatewayError on any error. */
export async function executeGraphQL<TData>(request: GraphQLRequest): Promise<TData> {
  return dataOf(await requestGraphQL<TData>(request));
}

/** Error of a request that reached no gateway, with the URL it tried. */
export function networkError(url: string): GatewayError {
  return new GatewayError({
    kind: 'network',
    status: 0,
    message: `Could not reach the gateway at ${url}.`,
    translation: { key: 'alg.errors.network', args: { url } },
  });
}
