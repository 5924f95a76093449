import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Network } from '@alg/service-kit';

/** One post variant of a campaign for one network, with {placeholders}. */
@Entity({ tableName: 'share_template' })
export class ShareTemplate {
  @PrimaryKey({ type: 'uuid' })
  campaignId!: string;

  @PrimaryKey({ type: 'text' })
  network!: Network;

  /** Order of the variant within its network, from 0; the first is the default post. */
  @PrimaryKey({ type: 'integer' })
  position = 0;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'text' })
  template!: string;

  /** Subject line of an e-mail variant, with the same placeholders. */
  @Property({ type: 'text', nullable: true })
  subject?: string | null;
}
