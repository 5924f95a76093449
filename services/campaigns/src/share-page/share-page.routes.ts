import { Router } from 'express';
import type { Logger } from 'pino';
import { sendError } from '../http/http-errors.js';
import type { PublicGuards } from '../http/public-limits.js';
import type { SharePageService } from './share-page.service.js';
import { notFoundPage, SHARE_SCRIPT, SHARE_STYLES, sharePage } from './share-page.view.js';

/** Cards change only when the name or the interaction changes, which changes their tag. */
const CARD_CACHE = 'public, max-age=86400, stale-while-revalidate=604800';

/** Serves the public share page of an invitation, its PNG card and the page's static assets. */
export function sharePageRoutes(pages: SharePageService, guards: PublicGuards, log: Logger): Router {
  const router = Router();

  router.get('/s/assets/share.js', guards.asset, (_req, res) => {
    res.type('text/javascript; charset=utf-8').setHeader('Cache-Control', 'public, max-age=3600');
    res.send(SHARE_SCRIPT);
  });
  router.get('/s/assets/share.css', guards.asset, (_req, res) => {
    res.type('text/css; charset=utf-8').setHeader('Cache-Control', 'public, max-age=3600');
    res.send(SHARE_STYLES);
  });

  router.get('/s/:token', guards.sharePage, async (req, res) => {
    try {
      const view = await pages.view(req.params.token);
      if (!view) {
        res.status(404).type('text/html; charset=utf-8').setHeader('Cache-Control', 'no-store');
        res.send(notFoundPage());
        return;
      }
      res.setHeader(
        'Content-Security-Policy',
        `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' ${view.trackingOrigin}; ` +
          `connect-src ${view.trackingOrigin}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
      );
      // Crawlers of the networks fetch the page for previews; it may be cached briefly but is personal.
      res.setHeader('Cache-Control', 'private, max-age=60');
      res.type('text/html; charset=utf-8').send(sharePage(view));
    } catch (err) {
      sendError(res, err, log);
    }
  });

  router.get('/s/:token/card.png', guards.shareCard, async (req, res) => {
    try {
      const view = await pages.view(req.params.token);
      if (!view) {
        res.status(404).setHeader('Cache-Control', 'no-store');
        res.type('text/plain').send('Card not found.');
        return;
      }
      const card = await pages.card(view);
      const etag = `"${card.tag}"`;
      res.setHeader('ETag', etag);
      res.setHeader('Cache-Control', CARD_CACHE);
      if (req.headers['if-none-match'] === etag) {
        res.status(304).end();
        return;
      }
      res.type('image/png').setHeader('Content-Length', String(card.png.length));
      res.send(card.png);
    } catch (err) {
      sendError(res, err, log);
    }
  });

  return router;
}
