import { Router } from 'express';
import type { Logger } from 'pino';
import { readRawBody } from '../http/raw-body.js';
import { sendError } from '../http/http-errors.js';
import type { PublicGuards } from '../http/public-limits.js';
import type { WebhookIntakeService } from './webhook-intake.service.js';
import { EVENT_ID_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './webhook-signature.js';

const MAX_DELIVERY_BYTES = 64 * 1024;

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** POST /v1/webhooks/{endpointId}/completions: a provider's signed completion moment. */
export function webhookRoutes(intake: WebhookIntakeService, guards: PublicGuards, log: Logger): Router {
  const router = Router();
  router.post('/v1/webhooks/:endpointId/completions', guards.webhook, async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const rawBody = await readRawBody(req, MAX_DELIVERY_BYTES);
      const result = await intake.receive(
        req.params.endpointId,
        {
          eventId: header(req.headers[EVENT_ID_HEADER]),
          timestamp: header(req.headers[TIMESTAMP_HEADER]),
          signature: header(req.headers[SIGNATURE_HEADER]),
        },
        rawBody,
      );
      res.status(result.status).json(result.body);
    } catch (err) {
      sendError(res, err, log);
    }
  });

  return router;
}
