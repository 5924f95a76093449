import { Body, Controller, Headers, HttpCode, Inject, Post, UnauthorizedException } from '@nestjs/common';
import { IDENTITY_HEADER, requestString, verifyIdentity } from '@alg/service-kit';
import type { CampaignsConfig } from '../config.js';
import { CAMPAIGNS_CONFIG } from '../tokens.js';
import { AccountService } from './account.service.js';
import { CredentialService } from './credential.service.js';

/** Rejects callers other than the gateway, which signs its calls with an operator identity token. */
export async function assertGateway(token: string | undefined, secret: string): Promise<void> {
  const caller = await verifyIdentity(token, secret);
  if (caller?.role !== 'operator') {
    throw new UnauthorizedException('Internal endpoints are reserved to the gateway.');
  }
}

/**
 * Lets the gateway turn a presented credential (API key, password, verified
 * OIDC claims) into an identity. Returns `identity: null` for a credential
 * that is not valid, without saying why.
 */
@Controller('internal/credentials')
export class CredentialController {
  constructor(
    @Inject(CredentialService) private readonly credentials: CredentialService,
    @Inject(AccountService) private readonly accounts: AccountService,
    @Inject(CAMPAIGNS_CONFIG) private readonly config: CampaignsConfig,
  ) {}

  @Post('verify')
  @HttpCode(200)
  async verify(@Headers(IDENTITY_HEADER) token: string | undefined, @Body() body: { apiKey?: unknown }) {
    await assertGateway(token, this.config.INTERNAL_TOKEN_SECRET);
    const apiKey = requestString(body.apiKey);

    return { identity: apiKey ? await this.credentials.verify(apiKey) : null };
  }

  @Post('login')
  @HttpCode(200)
  async login(
    @Headers(IDENTITY_HEADER) token: string | undefined,
    @Body() body: { email?: unknown; password?: unknown; organization?: unknown },
  ) {
    await assertGateway(token, this.config.INTERNAL_TOKEN_SECRET);
    const email = requestString(body.email);
    const password = requestString(body.password);
    if (!email || !password) return { identity: null, memberships: [] };
    const result = await this.accounts.login(email, password, requestString(body.organization));

    return result ?? { identity: null, memberships: [] };
  }

  @Post('sso')
  @HttpCode(200)
  async singleSignOn(
    @Headers(IDENTITY_HEADER) token: string | undefined,
    @Body() body: { issuer?: unknown; subject?: unknown; email?: unknown; emailVerified?: unknown; organization?: unknown },
  ) {
    await assertGateway(token, this.config.INTERNAL_TOKEN_SECRET);
    const issuer = requestString(body.issuer);
    const subject = requestString(body.subject);
    if (!issuer || !subject) return { identity: null, memberships: [] };
    const result = await this.accounts.singleSignOn(
      { issuer, subject, email: requestString(body.email), emailVerified: body.emailVerified === true },
      requestString(body.organization),
    );

    return result ?? { identity: null, memberships: [] };
  }
}
