import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Network } from '@alg/service-kit';

@Entity({ tableName: 'share' })
export class Share {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'uuid' })
  campaignId!: string;

  @Property({ type: 'uuid' })
  participantId!: string;

  @Property({ type: 'uuid' })
  invitationId!: string;

  @Property({ type: 'text' })
  network!: Network;

  /** The advocate's audience on the network when they shared (connections, followers). */
  @Property({ type: 'integer' })
  networkSize!: number;

  @Property({ type: 'timestamptz' })
  sharedAt!: Date;
}
