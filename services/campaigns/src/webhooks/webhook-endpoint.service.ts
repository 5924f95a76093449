import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Campaign } from '../campaigns/campaign.entity.js';
import { DomainError, ErrorCode, paginate, randomBase62, ServiceRuntime, SortDirection } from '@alg/service-kit';
import type { CampaignsConfig } from '../config.js';
import { CAMPAIGNS_CONFIG } from '../tokens.js';
import { SecretBox } from './secret-box.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';

const HOUR_MS = 3_600_000;

function newSecret(): string {
  return `whsec_${randomBase62(40)}`;
}

/** Webhook endpoints of an organization; a secret is shown once, when created or rotated. */
@Injectable()
export class WebhookEndpointService {
  readonly box: SecretBox;

  constructor(
    @Inject(ServiceRuntime) private readonly runtime: ServiceRuntime,
    @Inject(CAMPAIGNS_CONFIG) private readonly config: CampaignsConfig,
  ) {
    this.box = new SecretBox(config.WEBHOOK_SECRET_KEY);
  }

  url(endpoint: Pick<WebhookEndpoint, 'id'>): string {
    return new URL(`/v1/webhooks/${endpoint.id}/completions`, this.config.CAMPAIGNS_PUBLIC_URL).href;
  }

  async create(organizationId: string, input: { name: string; campaignId?: string }) {
    return this.runtime.transactional(async (em) => {
      if (input.campaignId && !(await em.findOne(Campaign, { id: input.campaignId, organizationId }))) {
        throw DomainError.notFound('Campaign', input.campaignId);
      }
      const secret = newSecret();
      const endpoint = em.create(WebhookEndpoint, {
        id: randomUUID(),
        organizationId,
        name: input.name.trim(),
        campaignId: input.campaignId ?? null,
        secretCiphertext: this.box.seal(secret),
        createdAt: new Date(),
      });
      em.persist(endpoint);

      return { endpoint, secret };
    });
  }

  /** Issues a new secret; the old one stays valid for the given hours so senders can switch. */
  async rotate(organizationId: string, id: string, previousSecretValidHours: number) {
    return this.runtime.transactional(async (em) => {
      const endpoint = await this.get(organizationId, id, em);
      const secret = newSecret();
      const now = new Date();
      endpoint.previousSecretCiphertext = previousSecretValidHours > 0 ? endpoint.secretCiphertext : null;
      endpoint.previousSecretExpiresAt = previousSecretValidHours > 0 ? new Date(now.getTime() + previousSecretValidHours * HOUR_MS) : null;
      endpoint.secretCiphertext = this.box.seal(secret);
      endpoint.rotatedAt = now;
      this.runtime.logger.info({ organizationId, webhookEndpointId: id }, 'webhook secret rotated');

      return { endpoint, secret };
    });
  }

  async setDisabled(organizationId: string, id: string, disabled: boolean): Promise<WebhookEndpoint> {
    return this.runtime.transactional(async (em) => {
      const endpoint = await this.get(organizationId, id, em);
      if (disabled === Boolean(endpoint.disabledAt)) {
        throw new DomainError(ErrorCode.invalidState, `Webhook endpoint ${id} is already ${disabled ? 'disabled' : 'enabled'}.`);
      }
      endpoint.disabledAt = disabled ? new Date() : null;

      return endpoint;
    });
  }

  async get(organizationId: string, id: string, em = this.runtime.em()): Promise<WebhookEndpoint> {
    const endpoint = await em.findOne(WebhookEndpoint, { id, organizationId });
    if (!endpoint) throw DomainError.notFound('WebhookEndpoint', id);

    return endpoint;
  }

  list(organizationId: string, args: { campaignId?: string; includeDisabled: boolean; first?: number; after?: string; direction: SortDirection }) {
    const where: Record<string, unknown> = { organizationId };
    if (args.campaignId) where.campaignId = args.campaignId;
    if (!args.includeDisabled) where.disabledAt = null;

    return paginate(this.runtime.em(), {
      entity: WebhookEndpoint,
      where,
      sortField: 'createdAt',
      direction: args.direction,
      first: args.first,
      after: args.after,
    });
  }

  /** Returns the secrets a delivery may be signed with now: the current one, and the previous one until it expires. */
  secretsOf(endpoint: WebhookEndpoint, now = new Date()): string[] {
    const secrets = [this.box.open(endpoint.secretCiphertext)];
    if (endpoint.previousSecretCiphertext && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now) {
      secrets.push(this.box.open(endpoint.previousSecretCiphertext));
    }

    return secrets;
  }
}
