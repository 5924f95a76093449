import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { DomainError, ErrorCode, ServiceRuntime } from '@alg/service-kit';
import { completionKinds } from '../completions/completion.entity.js';
import { CompletionService } from '../completions/completion.service.js';
import { SharePostService } from '../completions/share-post.service.js';
import type { CampaignsConfig } from '../config.js';
import { CAMPAIGNS_CONFIG } from '../tokens.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WebhookEndpointService } from './webhook-endpoint.service.js';
import { checkTimestamp, verifySignature } from './webhook-signature.js';

const deliveryBody = z.object({
  id: z.string().min(1).max(200).optional(),
  campaignId: z.uuid().optional(),
  kind: z
    .string()
    .transform((value) => value.toLowerCase())
    .pipe(z.enum(completionKinds)),
  email: z.string().min(3).max(254),
  firstName: z.string().max(200).nullish(),
  lastName: z.string().max(200).nullish(),
  company: z.string().max(200).nullish(),
  title: z.string().max(200).nullish(),
  occurredAt: z.iso.datetime({ offset: true }).optional(),
});

export interface DeliveryHeaders {
  eventId?: string;
  timestamp?: string;
  signature?: string;
}

export interface DeliveryResult {
  status: 200 | 201;
  body: { duplicate: boolean; completionId: string | null; invitationId?: string | null; shareUrl?: string | null; notInvitedReason?: string | null };
}

function unauthenticated(reason: string): DomainError {
  return new DomainError(ErrorCode.unauthenticated, `Webhook delivery rejected: ${reason}.`);
}

/**
 * Accepts signed completion moments from providers. A delivery is checked
 * for its endpoint, timestamp and signature before its body is read. The
 * provider's event id is recorded with the moment in one transaction, so a
 * replayed delivery is accepted once and answered as a duplicate after.
 */
@Injectable()
export class WebhookIntakeService {
  constructor(
    @Inject(ServiceRuntime) private readonly runtime: ServiceRuntime,
    @Inject(WebhookEndpointService) private readonly endpoints: WebhookEndpointService,
    @Inject(CompletionService) private readonly completions: CompletionService,
    @Inject(SharePostService) private readonly posts: SharePostService,
    @Inject(CAMPAIGNS_CONFIG) private readonly config: CampaignsConfig,
  ) {}

  async receive(endpointId: string, headers: DeliveryHeaders, rawBody: Buffer): Promise<DeliveryResult> {
    const endpoint = await this.endpoint(endpointId);
    const timestamp = checkTimestamp(headers.timestamp, this.config.WEBHOOK_TOLERANCE_SECONDS);
    if (!timestamp.ok) throw unauthenticated(timestamp.reason);
    if (!verifySignature(this.endpoints.secretsOf(endpoint), headers.timestamp!, rawBody, headers.signature)) {
      throw unauthenticated('the webhook-signature does not match the body signed with the endpoint secret');
    }
    const body = this.parse(rawBody);
    const eventId = headers.eventId ?? body.id;
    if (!eventId) throw DomainError.invalid('webhook-id', null, "send the provider's event id in the webhook-id header or as id in the body.");
    const campaignId = body.campaignId ?? endpoint.campaignId;
    if (!campaignId) throw DomainError.invalid('campaignId', null, 'name the campaign in the body, or give the endpoint a campaign.');

    return this.runtime.transactional(async (em) => {
      const inserted = await em.execute<{ event_id: string }[]>(
        `insert into webhook_delivery (endpoint_id, event_id, organization_id) values (?, ?, ?)
         on conflict do nothing returning event_id`,
        [endpoint.id, eventId, endpoint.organizationId],
      );
      if (inserted.length === 0) {
        const [earlier] = await em.execute<{ completion_id: string | null }[]>(
          `select completion_id from webhook_delivery where endpoint_id = ? and event_id = ?`,
          [endpoint.id, eventId],
        );

        return { status: 200, body: { duplicate: true, completionId: earlier?.completion_id ?? null } };
      }
      const recorded = await this.completions.recordIn(em, endpoint.organizationId, {
        campaignId,
        kind: body.kind,
        occurredAt: body.occurredAt ? new Date(body.occurredAt) : null,
        externalId: `webhook:${endpoint.id}:${eventId}`.slice(0, 200),
        source: 'webhook',
        person: { email: body.email, firstName: body.firstName, lastName: body.lastName, company: body.company, title: body.title },
      });
      await em.execute(`update webhook_delivery set completion_id = ? where endpoint_id = ? and event_id = ?`, [
        recorded.completion.id,
        endpoint.id,
        eventId,
      ]);

      return {
        status: 201,
        body: {
          duplicate: false,
          completionId: recorded.completion.id,
          invitationId: recorded.invitation?.id ?? null,
          shareUrl: recorded.invitation ? this.posts.shareUrl(recorded.invitation) : null,
          notInvitedReason: recorded.notInvitedReason,
        },
      };
    });
  }

  private async endpoint(id: string): Promise<WebhookEndpoint> {
    const endpoint = z.uuid().safeParse(id).success ? await this.runtime.em().findOne(WebhookEndpoint, { id }) : null;
    if (!endpoint || endpoint.disabledAt) throw DomainError.notFound('WebhookEndpoint', id);

    return endpoint;
  }

  private parse(rawBody: Buffer) {
    let json: unknown;
    try {
      json = JSON.parse(rawBody.toString('utf8'));
    } catch {
      throw DomainError.invalid('body', rawBody.subarray(0, 40).toString('utf8'), 'send a JSON object.');
    }
    const parsed = deliveryBody.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw DomainError.invalid(
        issue.path.join('.') || 'body',
        null,
        `${issue.message}; send JSON such as {"id": "evt_1", "kind": "session_attended", "email": "ada@example.com"}.`,
      );
    }
    if (parsed.data.occurredAt) {
      const occurredAt = new Date(parsed.data.occurredAt);
      if (occurredAt.getTime() > Date.now() + 5 * 60_000) {
        throw DomainError.invalid('occurredAt', parsed.data.occurredAt, 'a completion moment cannot be in the future.');
      }
    }

    return parsed.data;
  }
}
