import { Body, Controller, Headers, HttpCode, Inject, Post, UnauthorizedException } from '@nestjs/common';
import { IDENTITY_HEADER, verifyIdentity } from '@alg/service-kit';
import { CAMPAIGNS_CONFIG } from '../tokens.js';
import type { CampaignsConfig } from '../config.js';
import { CredentialService } from './credential.service.js';

/**
 * Lets the gateway turn a presented API key into an identity. Only a caller
 * holding an operator identity token (the gateway) may ask.
 */
@Controller('internal/credentials')
export class CredentialController {
  constructor(
    @Inject(CredentialService) private readonly credentials: CredentialService,
    @Inject(CAMPAIGNS_CONFIG) private readonly config: CampaignsConfig,
  ) {}

  @Post('verify')
  @HttpCode(200)
  async verify(
    @Headers(IDENTITY_HEADER) token: string | undefined,
    @Body() body: { apiKey?: unknown },
  ): Promise<{ identity: unknown }> {
    const caller = await verifyIdentity(token, this.config.INTERNAL_TOKEN_SECRET);
    if (caller?.role !== 'operator') {
      throw new UnauthorizedException('Credential verification is reserved to the gateway.');
    }
    const identity = typeof body.apiKey === 'string' ? await this.credentials.verify(body.apiKey) : null;

    return { identity };
  }
}
