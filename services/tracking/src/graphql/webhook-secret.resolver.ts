import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, type Identity, organizationOf, RequireRole, UuidArg } from '@alg/service-kit';
import type { WebhookSecret } from '../conversions/webhook-secret.entity.js';
import { type IssuedSecret, WebhookSecretService } from '../conversions/webhook-secret.service.js';
import { LinkUrls } from '../links/link-urls.js';
import { IssuedWebhookSecretModel, WebhookSecretModel } from './webhook.model.js';

function model(secret: WebhookSecret): WebhookSecretModel {
  return {
    id: secret.id,
    hint: secret.hint,
    createdAt: secret.createdAt,
    expiresAt: secret.expiresAt ?? null,
    active: !secret.expiresAt || secret.expiresAt.getTime() > Date.now(),
  };
}

@Resolver()
@RequireRole('admin')
export class WebhookSecretResolver {
  constructor(
    @Inject(WebhookSecretService) private readonly secrets: WebhookSecretService,
    @Inject(LinkUrls) private readonly urls: LinkUrls,
  ) {}

  @Query(() => [WebhookSecretModel], { description: "The organization's webhook secrets, newest first, without their values." })
  async webhookSecrets(@CurrentIdentity() identity: Identity) {
    return (await this.secrets.list(organizationOf(identity))).map(model);
  }

  @Mutation(() => IssuedWebhookSecretModel, { description: "Issues the organization's first webhook secret." })
  async createWebhookSecret(@CurrentIdentity() identity: Identity) {
    const organizationId = organizationOf(identity);

    return this.issued(organizationId, await this.secrets.create(organizationId));
  }

  @Mutation(() => IssuedWebhookSecretModel, {
    description: 'Issues a new webhook secret; the previous ones stay valid for graceHours, so the sender can switch.',
  })
  async rotateWebhookSecret(
    @CurrentIdentity() identity: Identity,
    @Args('graceHours', { type: () => Int, defaultValue: 24 }) graceHours: number,
  ) {
    const organizationId = organizationOf(identity);

    return this.issued(organizationId, await this.secrets.rotate(organizationId, graceHours));
  }

  @Mutation(() => WebhookSecretModel, { description: 'Stops accepting deliveries signed with a secret, at once.' })
  async revokeWebhookSecret(@CurrentIdentity() identity: Identity, @UuidArg('id') id: string) {
    return model(await this.secrets.revoke(organizationOf(identity), id));
  }

  private issued(organizationId: string, issued: IssuedSecret): IssuedWebhookSecretModel {
    return { secret: issued.secret, webhookSecret: model(issued.webhookSecret), endpoint: this.urls.webhookUrl(organizationId) };
  }
}
