import { graphqlEndpoint } from '../config';
import { dataOf, type GraphQLRequest, networkError, resultFrom } from './client';
import { restError, type RestErrorBody } from './restError';

/** Bytes of the request body sent so far, and its size. */
export interface UploadProgress {
  sent: number;
  total: number;
}

/**
 * Sends one operation like executeGraphQL, through XMLHttpRequest because
 * fetch reports no upload progress. Used for imports, whose file travels in
 * the variables and may take a while to send.
 */
export function executeGraphQLWithProgress<TData>(
  request: GraphQLRequest,
  onProgress: (progress: UploadProgress) => void,
): Promise<TData> {
  const url = graphqlEndpoint();
  return new Promise<TData>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader('accept', 'application/graphql-response+json, application/json');
    if (request.token !== null) {
      xhr.setRequestHeader('authorization', `Bearer ${request.token}`);
    }
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ sent: event.loaded, total: event.total });
    };
    xhr.onerror = () => reject(networkError(url));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // resultFrom reports a body that is not JSON.
      }
      try {
        resolve(dataOf(resultFrom<TData>(url, xhr.status, body)));
      } catch (error) {
        reject(error);
      }
    };
    request.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(JSON.stringify({ query: request.query, variables: request.variables ?? {} }));
  });
}

/** Status and parsed body of a successful file upload. */
export interface FileUploadResult<TBody> {
  status: number;
  body: TBody;
}

/**
 * POSTs a file as the raw request body to a REST endpoint of the gateway,
 * such as `/v1/imports`, reporting the upload's progress. Resolves with the
 * status and parsed body of a 2xx response; rejects with a GatewayError
 * carrying the server's code and message otherwise.
 */
export function uploadFile<TBody>(
  url: string,
  file: Blob,
  token: string | null,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<FileUploadResult<TBody>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    if (token !== null) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ sent: event.loaded, total: event.total });
    };
    xhr.onerror = () => reject(networkError(url));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // restError reports a body that is not JSON.
      }
      if (xhr.status >= 200 && xhr.status < 300 && body !== null) {
        resolve({ status: xhr.status, body: body as TBody });
      } else {
        reject(restError(url, xhr.status, body as RestErrorBody | null, xhr.getResponseHeader('retry-after')));
      }
    };
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
