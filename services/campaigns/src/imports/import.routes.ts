import { Router } from 'express';
import type { Logger } from 'pino';
import { DomainError, ErrorCode, hasRole, IDENTITY_HEADER, verifyIdentity } from '@alg/service-kit';
import { sendError, setSecurityHeaders } from '../http/http-errors.js';
import type { ImportQueryService } from './import-query.service.js';
import { importRequestFromQuery } from './import-request.js';
import type { ImportService } from './import.service.js';

const delimiterNames: Record<string, string> = { ',': 'COMMA', ';': 'SEMICOLON', '\t': 'TAB' };

/**
 * POST /v1/imports?ecosystemId=…&preset=…: the raw file as the request
 * body, read as a stream. Like the GraphQL endpoint it accepts only calls
 * that carry the gateway's signed identity token, so the gateway proxies it.
 */
export function importRoutes(imports: ImportService, queries: ImportQueryService, secret: string, log: Logger): Router {
  const router = Router();
  router.post('/v1/imports', async (req, res) => {
    setSecurityHeaders(res);
    res.setHeader('Cache-Control', 'no-store');
    try {
      const token = req.headers[IDENTITY_HEADER];
      const identity = await verifyIdentity(Array.isArray(token) ? token[0] : token, secret);
      if (!identity) {
        throw new DomainError(ErrorCode.unauthenticated, `Missing or invalid ${IDENTITY_HEADER} header: send the import through the gateway.`);
      }
      if (!identity.org || identity.kind === 'partner') {
        throw new DomainError(ErrorCode.forbidden, 'Importing acts inside an organization; call it with an organization credential.');
      }
      if (!identity.scopes.includes('write')) {
        throw new DomainError(ErrorCode.forbidden, `Importing needs the write scope; the credential has ${identity.scopes.join(', ') || 'none'}.`, {
          requiredScope: 'write',
        });
      }
      if (!hasRole(identity, 'editor')) {
        throw new DomainError(ErrorCode.forbidden, `Importing needs the editor role; the caller has ${identity.role}.`, { requiredRole: 'editor' });
      }
      const length = Number(req.headers['content-length']);
      const request = importRequestFromQuery(req.query as Record<string, unknown>, Number.isFinite(length) && length > 0 ? length : null);
      const job = await imports.run(identity.org, request, req as AsyncIterable<Buffer>);
      res.status(201).json({
        id: job.id,
        status: job.status,
        ecosystemId: job.ecosystemId,
        campaignId: job.campaignId ?? null,
        preset: job.preset.toUpperCase(),
        format: job.format.toUpperCase(),
        delimiter: job.delimiter ? delimiterNames[job.delimiter] : null,
        bytesRead: job.bytesRead,
        rowCount: job.rowCount,
        createdCount: job.createdCount,
        mergedCount: job.mergedCount,
        rejectedCount: job.rejectedCount,
        skippedCount: job.skippedCount,
        rejectedRows: await queries.rejected(job.id, 100),
        contentSha256: job.contentSha256 ?? null,
        startedAt: job.startedAt,
        finishedAt: job.finishedAt ?? null,
      });
    } catch (err) {
      // The client may still be sending, so the rest is drained for it to read the response.
      req.resume();
      sendError(res, err, log);
    }
  });

  return router;
}
