import { Migration } from '@mikro-orm/migrations';

/**
 * Records every signature that a webhook delivery carried, unique per
 * organization. The delivery id is not signed, so without this a captured
 * delivery could be sent again under a new id while its timestamp is within
 * the 5-minute tolerance. A header may hold several v1 signatures during a
 * secret rotation, and each of them is recorded. A delivery accepted in the
 * five minutes before the upgrade has no recorded signature, so it stays
 * open to that replay until its timestamp expires.
 */
export class WebhookSignatureOnce extends Migration {
  override name = '0006-webhook-signature-once';

  override up(): void {
    this.addSql(`create table webhook_signature (
      organization_id uuid not null,
      signature text not null,
      delivery_id text not null,
      received_at timestamptz not null default now(),
      primary key (organization_id, signature)
    )`);
    this.addSql(`create index webhook_signature_received_idx on webhook_signature (received_at)`);
  }

  override down(): void {
    this.addSql(`drop table if exists webhook_signature`);
  }
}
