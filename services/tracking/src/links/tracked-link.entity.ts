import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Network } from '@alg/service-kit';

/** One short code per participant, campaign and network. */
@Entity({ tableName: 'tracked_link' })
export class TrackedLink {
  @PrimaryKey({ type: 'text' })
  code!: string;

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

  /** SHA-256 of the advocate's normalized e-mail, to spot self-referrals. */
  @Property({ type: 'text' })
  advocateEmailHash!: string;

  /** The advocate's audience on the network when invited, if campaigns knew it; the default size of intent shares. */
  @Property({ type: 'integer', nullable: true })
  networkSize?: number | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
