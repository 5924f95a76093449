import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Network } from '@alg/service-kit';

/** A campaign's post for one network, with {placeholders}. */
@Entity({ tableName: 'share_template' })
export class ShareTemplate {
  @PrimaryKey({ type: 'uuid' })
  campaignId!: string;

  @PrimaryKey({ type: 'text' })
  network!: Network;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'text' })
  template!: string;
}
