import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Network } from '@alg/service-kit';

/** The way a share was reported: by the integrator API or by a share button on the share page. */
export type ShareSource = 'api' | 'intent';

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

  /** Code of the shared link; null only on shares stored before links were recorded on shares. */
  @Property({ type: 'text', nullable: true })
  linkCode?: string | null;

  @Property({ type: 'text' })
  source: ShareSource = 'api';

  /** The advocate's audience on the network when they shared (connections, followers). */
  @Property({ type: 'integer' })
  networkSize!: number;

  @Property({ type: 'timestamptz' })
  sharedAt!: Date;
}
