import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Where a provider delivers completion moments. The signing secret is kept
 * encrypted (AES-256-GCM) because verifying an HMAC needs the secret itself.
 */
@Entity({ tableName: 'webhook_endpoint' })
export class WebhookEndpoint {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'text' })
  name!: string;

  /** Campaign a delivery belongs to when its body names none. */
  @Property({ type: 'uuid', nullable: true })
  campaignId?: string | null;

  @Property({ type: 'text' })
  secretCiphertext!: string;

  /** The secret before the last rotation, accepted until previousSecretExpiresAt. */
  @Property({ type: 'text', nullable: true })
  previousSecretCiphertext?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  previousSecretExpiresAt?: Date | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  rotatedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  disabledAt?: Date | null;
}
