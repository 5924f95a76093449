import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A key an organization signs conversion webhooks with. The secret itself
 * is stored encrypted, because verifying an HMAC needs the key; the caller
 * sees it in clear once, when it is created.
 */
@Entity({ tableName: 'webhook_secret' })
export class WebhookSecret {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  /** AES-256-GCM of the secret under TRACKING_SECRETS_KEY. */
  @Property({ type: 'text' })
  ciphertext!: string;

  /** Last four characters, to tell secrets apart in lists. */
  @Property({ type: 'text' })
  hint!: string;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  /** After this time signatures made with the secret are rejected; null while it is current. */
  @Property({ type: 'timestamptz', nullable: true })
  expiresAt?: Date | null;
}
