import type { Request } from 'express';

/** A request body over the route's limit, which sendError reports with status 413. */
export class PayloadTooLargeError extends Error {
  readonly status = 413;
  readonly expose = true;

  constructor(limit: number) {
    super(`The request body is over the limit of ${limit} bytes.`);
    this.name = 'PayloadTooLargeError';
  }
}

/**
 * Reads a request body into memory up to a limit; webhook deliveries are
 * small and must be verified byte for byte. A declared Content-Length over
 * the limit is rejected before any byte is read.
 */
export async function readRawBody(req: Request, limit: number): Promise<Buffer> {
  if (Number(req.headers['content-length']) > limit) throw new PayloadTooLargeError(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new PayloadTooLargeError(limit);
    chunks.push(chunk);
  }

  return Buffer.concat(chunks);
}
