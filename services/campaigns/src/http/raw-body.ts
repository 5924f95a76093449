import type { Request } from 'express';
import { DomainError } from '@alg/service-kit';

/** Reads a request body into memory up to a limit; webhook deliveries are small and must be verified byte for byte. */
export async function readRawBody(req: Request, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw DomainError.invalid('body', `${size} bytes`, `a delivery is limited to ${limit} bytes.`);
    chunks.push(chunk);
  }

  return Buffer.concat(chunks);
}
