import { Readable } from 'node:stream';
import type { RequestHandler } from 'express';
import { IDENTITY_HEADER, type Logger, signIdentity } from '@alg/service-kit';
import { identityOf } from '../auth/authenticate-request.js';

/**
 * Forwards `POST /v1/imports?…` with its raw body, unparsed and streamed,
 * to the campaigns service, adding the caller's signed identity. It runs
 * after authenticateRequest. The campaigns service enforces the role,
 * scope and file checks.
 */
export function importProxy(options: { campaignsUrl: string; secret: string; logger: Logger }): RequestHandler {
  const origin = new URL(options.campaignsUrl).origin;

  return async (req, res) => {
    const identity = identityOf(res);
    const target = new URL(req.originalUrl, origin);
    const headers: Record<string, string> = { [IDENTITY_HEADER]: await signIdentity(identity, options.secret) };
    for (const name of ['content-type', 'content-length']) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    try {
      const upstream = await fetch(target, {
        method: 'POST',
        headers,
        body: Readable.toWeb(req) as ReadableStream,
        duplex: 'half',
      } as RequestInit);
      res.status(upstream.status);
      const type = upstream.headers.get('content-type');
      if (type) res.setHeader('content-type', type);
      res.send(Buffer.from(await upstream.arrayBuffer()));
    } catch (err) {
      options.logger.error({ err }, 'import upload could not reach the campaigns service');
      res.status(502).json({ error: { code: 'BAD_GATEWAY', message: 'The upload failed because the campaigns service could not be reached; retry the upload.' } });
    }
  };
}
