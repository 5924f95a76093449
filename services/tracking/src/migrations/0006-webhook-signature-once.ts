import { Migration } from '@mikro-orm/migrations';

/**
 * Keeps the signature of each webhook delivery and makes it unique per
 * organization. The delivery id is not signed, so without this a captured
 * delivery could be sent again under a new id while its timestamp is within
 * the 5-minute tolerance. A delivery accepted in the five minutes before
 * the upgrade has no stored signature, so it stays open to that replay
 * until its timestamp expires.
 */
export class WebhookSignatureOnce extends Migration {
  override name = '0006-webhook-signature-once';

  override up(): void {
    this.addSql(`alter table webhook_delivery add column signature text`);
    this.addSql(`create unique index webhook_delivery_signature_idx on webhook_delivery (organization_id, signature) where signature is not null`);
  }

  override down(): void {
    this.addSql(`drop index if exists webhook_delivery_signature_idx`);
    this.addSql(`alter table webhook_delivery drop column if exists signature`);
  }
}
