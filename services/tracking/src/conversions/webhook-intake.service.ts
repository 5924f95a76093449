import { DomainError, type EntityManager, ErrorCode, type Logger, queryBound, type ServiceRuntime } from '@alg/service-kit';
import { parseBody, webhookConversionBody } from './conversion-body.js';
import type { ConversionService } from './conversion.service.js';
import { verifyWebhook } from './webhook-signature.js';
import type { WebhookSecretService } from './webhook-secret.service.js';

export interface WebhookDelivery {
  organizationId: string;
  deliveryId: string | undefined;
  signature: string | undefined;
  rawBody: Buffer;
  /** Called once the signature is valid and before anything is read from the body; throws to reject the delivery, such as over a rate limit. */
  admitSigned?: () => void;
}

export interface WebhookOutcome {
  status: number;
  body: Record<string, unknown>;
  /** True when the delivery id was seen before and this is the first delivery's response. */
  replay: boolean;
}

const DELIVERY_ID_PATTERN = /^[A-Za-z0-9._:-]{8,200}$/;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Delivery ids are kept this long, so a sender's late retry still gets the first delivery's response. */
const DELIVERY_RETENTION_DAYS = 30;

/**
 * Conversions pushed by an integrator's server, signed with the
 * organization's webhook secret. A delivery id is applied once: the
 * conversion and the delivery record commit together, and a repeat of the
 * id returns the first response without recording a conversion. Each
 * signature is accepted for one delivery id only, so a delivery replayed
 * under a new id is rejected. A rejected delivery leaves no record, so the
 * sender may fix it and send it again.
 */
export class WebhookIntakeService {
  private lastCleanup = 0;
  private readonly runtime: ServiceRuntime;
  private readonly secrets: WebhookSecretService;
  private readonly conversions: ConversionService;
  private readonly logger: Logger;

  constructor(runtime: ServiceRuntime, secrets: WebhookSecretService, conversions: ConversionService, logger: Logger) {
    this.runtime = runtime;
    this.secrets = secrets;
    this.conversions = conversions;
    this.logger = logger;
  }

  async receive(delivery: WebhookDelivery): Promise<WebhookOutcome> {
    const { organizationId, deliveryId } = delivery;
    if (!UUID_PATTERN.test(organizationId)) {
      throw DomainError.invalid('organizationId', organizationId, 'use the URL shown with the webhook secret: /v1/webhooks/<organization id>/conversions.');
    }
    const secrets = await this.secrets.validSecrets(organizationId);
    if (secrets.length === 0) {
      throw new DomainError(ErrorCode.unauthenticated, `Organization ${organizationId} has no webhook secret; create one with createWebhookSecret.`);
    }
    const check = verifyWebhook(delivery.signature, delivery.rawBody, secrets);
    if (!check.valid) throw new DomainError(ErrorCode.unauthenticated, `Invalid webhook signature: ${check.reason}.`);
    if (!deliveryId || !DELIVERY_ID_PATTERN.test(deliveryId)) {
      throw DomainError.invalid('x-alg-delivery', deliveryId ?? null, 'send a unique id per delivery, 8 to 200 letters, digits, dots, colons, dashes or underscores.');
    }
    // A replay is rejected before the organization's quota counts it, so that one captured
    // delivery sent again and again cannot use up that quota and block the organization's webhooks.
    const earlier = await this.runtime
      .em()
      .execute<{ delivery_id: string }[]>(`select delivery_id from webhook_signature where organization_id = ? and signature in (?)`, [
        organizationId,
        check.signatures,
      ]);
    if (earlier.some((row) => row.delivery_id !== deliveryId)) throw this.replayed(organizationId, deliveryId);
    // A repeat of a stored delivery gets its first response without using quota, and its
    // signatures are recorded too, since a sender may sign each retry anew.
    const repeated = await this.repeatOf(organizationId, deliveryId, check.signatures);
    if (repeated) return repeated;
    delivery.admitSigned?.();
    const intake = parseBody(webhookConversionBody, this.json(delivery.rawBody));

    const outcome = await this.runtime.transactional(async (em) => {
      const claimed = await em.execute<{ delivery_id: string }[]>(
        `insert into webhook_delivery (organization_id, delivery_id, received_at) values (?, ?, now())
         on conflict do nothing returning delivery_id`,
        [organizationId, deliveryId],
      );
      // A parallel request with the same id committed first.
      if (claimed.length === 0) return (await this.firstResponse(em, organizationId, deliveryId))!;
      // The check above reads outside this transaction, so two replays sent at once meet here.
      const newSignatures = await this.recordSignatures(em, organizationId, deliveryId, check.signatures);
      if (newSignatures < check.signatures.length) throw this.replayed(organizationId, deliveryId);
      const recorded = await this.conversions.recordIn(
        em,
        organizationId,
        { ...intake, occurredAt: intake.occurredAt ? new Date(intake.occurredAt) : null },
        'webhook',
      );
      const body = {
        conversionId: recorded.conversion.id,
        duplicate: recorded.duplicate,
        credited: recorded.conversion.credited,
        selfReferral: recorded.conversion.selfReferral,
      };
      const status = recorded.duplicate ? 200 : 201;
      await em.execute(`update webhook_delivery set status = ?, response = ?::jsonb where organization_id = ? and delivery_id = ?`, [
        status,
        JSON.stringify(body),
        organizationId,
        deliveryId,
      ]);

      return { status, body, replay: false };
    });
    await this.cleanup();

    return outcome;
  }

  /** Returns the first response to a stored delivery id, after recording the signatures of this repeat. */
  private async repeatOf(organizationId: string, deliveryId: string, signatures: string[]): Promise<WebhookOutcome | null> {
    return this.runtime.transactional(async (em) => {
      const first = await this.firstResponse(em, organizationId, deliveryId);
      if (first) await this.recordSignatures(em, organizationId, deliveryId, signatures);

      return first;
    });
  }

  /** Returns the stored response of a delivery id as a replay, or null for an id not seen before. */
  private async firstResponse(em: EntityManager, organizationId: string, deliveryId: string): Promise<WebhookOutcome | null> {
    const [first] = await em.execute<{ status: number; response: Record<string, unknown> }[]>(
      `select status, response from webhook_delivery where organization_id = ? and delivery_id = ?`,
      [organizationId, deliveryId],
    );

    return first ? { status: first.status, body: first.response, replay: true } : null;
  }

  /** Records the signatures for the delivery id and returns how many were new; one already recorded is left as it is. */
  private async recordSignatures(em: EntityManager, organizationId: string, deliveryId: string, signatures: string[]): Promise<number> {
    const recorded = await queryBound<{ signature: string }>(
      em,
      `insert into webhook_signature (organization_id, signature, delivery_id)
       select $1, signature, $2 from unnest($3::text[]) as signature
       on conflict do nothing returning signature`,
      [organizationId, deliveryId, signatures],
    );

    return recorded.length;
  }

  private replayed(organizationId: string, deliveryId: string): DomainError {
    this.logger.warn({ organizationId, deliveryId }, 'webhook signature replayed under a new delivery id; rejected');

    return new DomainError(
      ErrorCode.conflict,
      `Webhook delivery ${deliveryId} carries a signature of an earlier delivery with another id. A retry keeps its X-Alg-Delivery id; a new delivery needs a new timestamp and signature.`,
    );
  }

  private json(rawBody: Buffer): unknown {
    try {
      return JSON.parse(rawBody.toString('utf8'));
    } catch {
      throw DomainError.invalid('body', rawBody.subarray(0, 40).toString('utf8'), 'the webhook body must be JSON.');
    }
  }

  private async cleanup(): Promise<void> {
    if (Date.now() - this.lastCleanup < 3_600_000) return;
    this.lastCleanup = Date.now();
    try {
      await this.runtime
        .em()
        .execute(`delete from webhook_delivery where received_at < now() - make_interval(days => ?)`, [DELIVERY_RETENTION_DAYS]);
      await this.runtime
        .em()
        .execute(`delete from webhook_signature where received_at < now() - make_interval(days => ?)`, [DELIVERY_RETENTION_DAYS]);
    } catch (err) {
      this.logger.warn({ err }, 'deleting old webhook deliveries failed');
    }
  }
}
