import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Network } from '@alg/service-kit';

/** A participant invited to share a campaign; at most one per campaign and participant. */
@Entity({ tableName: 'invitation' })
export class Invitation {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'uuid' })
  campaignId!: string;

  @Property({ type: 'uuid' })
  participantId!: string;

  @Property({ type: 'uuid' })
  completionId!: string;

  /** Tracked-link code per network, minted here so the rendered post is complete at once. */
  @Property({ type: 'json' })
  linkCodes!: Partial<Record<Network, string>>;

  /** Unguessable token of the public share page, /s/{shareToken}. */
  @Property({ type: 'text' })
  shareToken!: string;

  @Property({ type: 'timestamptz' })
  invitedAt: Date = new Date();
}
