import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

export const campaignOutcomes = [
  'lead_generation',
  'event_registration',
  'content_syndication',
  'pipeline_influence',
  'evangelism_and_branding',
  'attendee_engagement',
] as const;
export type CampaignOutcome = (typeof campaignOutcomes)[number];

export const campaignStatuses = ['draft', 'scheduled', 'live', 'ended'] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

/** One interaction crossed with one ecosystem, run for one outcome. */
@Entity({ tableName: 'campaign' })
export class Campaign {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** Owning team; null when no team is assigned. */
  @Property({ type: 'uuid', nullable: true })
  teamId?: string | null;

  /** Planned start; a SCHEDULED campaign goes LIVE at this time. */
  @Property({ type: 'timestamptz', nullable: true })
  startsAt?: Date | null;

  /** Planned end; a LIVE campaign is ENDED at this time. */
  @Property({ type: 'timestamptz', nullable: true })
  endsAt?: Date | null;

  @Property({ type: 'uuid' })
  interactionId!: string;

  @Property({ type: 'uuid' })
  ecosystemId!: string;

  @Property({ type: 'text' })
  outcome!: CampaignOutcome;

  @Property({ type: 'text' })
  status: CampaignStatus = 'draft';

  /** Total cost in the currency's minor unit (cents for USD). */
  @Property({ type: 'bigint', runtimeType: 'number' })
  costMinor = 0;

  @Property({ type: 'text' })
  currency = 'USD';

  /** Share of invited participants expected to share, from 0 to 1. */
  @Property({ type: 'double' })
  activationTarget = 0.2;

  @Property({ type: 'text' })
  destinationUrl!: string;

  /** Hosts besides the destination's own that links may redirect to. */
  @Property({ type: 'json' })
  allowedHosts: string[] = [];

  /** Where an ended campaign's links go; the destination when unset. */
  @Property({ type: 'text', nullable: true })
  fallbackUrl?: string | null;

  @Property({ type: 'integer' })
  attributionWindowDays = 30;

  /** Days after a completion moment during which it still leads to an invitation. */
  @Property({ type: 'integer' })
  invitationWindowDays = 14;

  /** Ecosystem that participants created by this campaign's conversions join. */
  @Property({ type: 'uuid', nullable: true })
  registrantEcosystemId?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  launchedAt?: Date;

  @Property({ type: 'timestamptz', nullable: true })
  endedAt?: Date;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}
