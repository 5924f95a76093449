import { Body, Controller, Headers, HttpCode, Inject, Post } from '@nestjs/common';
import { IDENTITY_HEADER } from '@alg/service-kit';
import type { CampaignsConfig } from '../config.js';
import { assertGateway } from '../credentials/credential.controller.js';
import { CAMPAIGNS_CONFIG } from '../tokens.js';
import { AuditService } from './audit.service.js';

/** Receives the audit entries the gateway writes for every mutation. */
@Controller('internal/audit')
export class AuditController {
  constructor(
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(CAMPAIGNS_CONFIG) private readonly config: CampaignsConfig,
  ) {}

  @Post()
  @HttpCode(204)
  async record(@Headers(IDENTITY_HEADER) token: string | undefined, @Body() body: unknown): Promise<void> {
    await assertGateway(token, this.config.INTERNAL_TOKEN_SECRET);
    await this.audit.record(body);
  }
}
