import { Inject, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Express } from 'express';
import { ServiceRuntime } from '@alg/service-kit';
import { boothRoutes } from '../booths/booth.routes.js';
import { BoothService } from '../booths/booth.service.js';
import { CompletionService } from '../completions/completion.service.js';
import { SharePostService } from '../completions/share-post.service.js';
import type { CampaignsConfig } from '../config.js';
import { importRoutes } from '../imports/import.routes.js';
import { ImportQueryService } from '../imports/import-query.service.js';
import { ImportService } from '../imports/import.service.js';
import { InteractionService } from '../interactions/interaction.service.js';
import { sharePageRoutes } from '../share-page/share-page.routes.js';
import { SharePageService } from '../share-page/share-page.service.js';
import { CAMPAIGNS_CONFIG } from '../tokens.js';
import { createPublicGuards } from './public-limits.js';
import { webhookRoutes } from '../webhooks/webhook.routes.js';
import { WebhookIntakeService } from '../webhooks/webhook-intake.service.js';

/**
 * Mounts the plain HTTP routes of the service: share pages and cards,
 * booth check-in, webhook intake and file upload. The public ones get
 * security headers and rate limits per client address and per token or
 * endpoint (the RATE_LIMIT_* variables). They are mounted while
 * the application is being built, before Nest registers its body parsers,
 * because the webhook must verify the exact bytes it received and the
 * upload must be read as a stream, not parsed into memory.
 */
@Injectable()
export class PublicHttp {
  constructor(
    @Inject(HttpAdapterHost) adapterHost: HttpAdapterHost,
    @Inject(ServiceRuntime) runtime: ServiceRuntime,
    @Inject(CAMPAIGNS_CONFIG) config: CampaignsConfig,
    @Inject(SharePageService) pages: SharePageService,
    @Inject(BoothService) booths: BoothService,
    @Inject(CompletionService) completions: CompletionService,
    @Inject(InteractionService) interactions: InteractionService,
    @Inject(SharePostService) posts: SharePostService,
    @Inject(WebhookIntakeService) intake: WebhookIntakeService,
    @Inject(ImportService) imports: ImportService,
    @Inject(ImportQueryService) importQueries: ImportQueryService,
  ) {
    const app = adapterHost.httpAdapter?.getInstance<Express>();
    if (!app) return;
    const log = runtime.logger.child({ component: 'public-http' });
    const guards = createPublicGuards(config);
    app.set('trust proxy', config.TRUST_PROXY);
    app.use(sharePageRoutes(pages, guards, log));
    app.use(boothRoutes({ runtime, booths, completions, interactions, posts, guards, log }));
    app.use(webhookRoutes(intake, guards, log));
    app.use(importRoutes(imports, importQueries, config.INTERNAL_TOKEN_SECRET, log));
  }
}
