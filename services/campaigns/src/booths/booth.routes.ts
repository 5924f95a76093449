import express, { Router } from 'express';
import type { Logger } from 'pino';
import { DomainError } from '@alg/service-kit';
import { CompletionService } from '../completions/completion.service.js';
import type { SharePostService } from '../completions/share-post.service.js';
import { sendError } from '../http/http-errors.js';
import type { PublicGuards } from '../http/public-limits.js';
import type { InteractionService } from '../interactions/interaction.service.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import type { ServiceRuntime } from '@alg/service-kit';
import { boothPage, boothThanksPage, notFoundPage } from '../share-page/share-page.view.js';
import type { BoothService } from './booth.service.js';
import { qrCodeSvg } from './qr-code.js';

export interface BoothRouteDeps {
  runtime: ServiceRuntime;
  booths: BoothService;
  completions: CompletionService;
  interactions: InteractionService;
  posts: SharePostService;
  guards: PublicGuards;
  log: Logger;
}

/** Check-in forms hold a name and an e-mail address; larger bodies get 413. */
const FORM_LIMIT = '8kb';

const reasons: Record<string, string> = {
  campaign_not_live: 'Sharing opens when the campaign goes live.',
  outside_window: 'The sharing window of this campaign has closed.',
  no_contact_consent: 'You asked not to be contacted, so no share page was made.',
  erased: 'No share page can be made for this address.',
};

/** Serves the check-in page that a booth's QR code opens, and the QR code itself. */
export function boothRoutes(deps: BoothRouteDeps): Router {
  const router = Router();
  const { guards } = deps;
  const parseForm = express.urlencoded({ extended: false, limit: FORM_LIMIT });
  // Body-parser errors (a form over 8 KiB) get the public JSON error instead of Express's default page.
  const readForm: express.RequestHandler = (req, res, next) => {
    parseForm(req, res, (err?: unknown) => (err ? sendError(res, err, deps.log) : next()));
  };
  const html = (res: express.Response) => {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'");
    res.type('text/html; charset=utf-8');
  };
  const context = async (token: string) => {
    const booth = await deps.booths.byToken(token);
    if (!booth) return null;
    const campaign = await deps.runtime.em().findOneOrFail(Campaign, { id: booth.campaignId });
    const interaction = await deps.interactions.get(campaign.organizationId, campaign.interactionId);

    return { booth, campaign, interaction };
  };

  router.get('/b/:token/qr.svg', guards.boothQrCode, async (req, res) => {
    try {
      const booth = await deps.booths.byToken(req.params.token);
      if (!booth) {
        res.status(404).type('text/plain').send('Booth not found.');
        return;
      }
      res.setHeader('Cache-Control', 'public, max-age=86400');
      res.type('image/svg+xml').send(qrCodeSvg(deps.booths.checkInUrl(booth)));
    } catch (err) {
      sendError(res, err, deps.log);
    }
  });

  router.get('/b/:token', guards.boothPage, async (req, res) => {
    try {
      const found = await context(req.params.token);
      html(res);
      if (!found) {
        res.status(404).send(notFoundPage());
        return;
      }
      res.send(boothPage(found.booth.name, found.interaction.name));
    } catch (err) {
      sendError(res, err, deps.log);
    }
  });

  router.post('/b/:token', guards.checkIn, readForm, async (req, res) => {
    try {
      const found = await context(req.params.token);
      html(res);
      if (!found) {
        res.status(404).send(notFoundPage());
        return;
      }
      const body = (req.body ?? {}) as Record<string, string | undefined>;
      try {
        const recorded = await deps.completions.record(found.campaign.organizationId, {
          campaignId: found.campaign.id,
          kind: 'booth_visited',
          source: 'booth',
          boothId: found.booth.id,
          person: {
            email: body.email ?? '',
            firstName: body.firstName,
            lastName: body.lastName,
            consent: { partnerSharing: body.partnerSharing === 'yes' ? true : undefined },
          },
        });
        if (recorded.invitation) {
          res.redirect(303, deps.posts.shareUrl(recorded.invitation));
          return;
        }
        res.send(boothThanksPage(found.booth.name, reasons[recorded.notInvitedReason ?? ''] ?? 'Thank you for visiting.'));
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        res.status(400).send(boothPage(found.booth.name, found.interaction.name, 'Please check the e-mail address and try again.'));
      }
    } catch (err) {
      sendError(res, err, deps.log);
    }
  });

  return router;
}
