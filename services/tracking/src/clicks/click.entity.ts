import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { ClickClassification, Network } from '@alg/service-kit';

/**
 * A request for a tracked link. Only `human` clicks count; previews, bots
 * and the advocate's own clicks are stored but never credited.
 */
@Entity({ tableName: 'click' })
export class Click {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'uuid' })
  campaignId!: string;

  @Property({ type: 'uuid' })
  participantId!: string;

  @Property({ type: 'text' })
  linkCode!: string;

  @Property({ type: 'text' })
  network!: Network;

  /** SHA-256 of a daily salt, the client address and the user agent; no address is stored. */
  @Property({ type: 'text' })
  visitorHash!: string;

  @Property({ type: 'text' })
  classification!: ClickClassification;

  /** First human click of this visitor on this link within 24 hours. */
  @Property({ type: 'boolean' })
  isUnique!: boolean;

  @Property({ type: 'timestamptz' })
  clickedAt!: Date;
}
