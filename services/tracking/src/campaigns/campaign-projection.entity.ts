import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** What tracking needs of a campaign, kept current from campaign events. */
@Entity({ tableName: 'campaign_projection' })
export class CampaignProjection {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  status!: string;

  @Property({ type: 'uuid' })
  ecosystemId!: string;

  @Property({ type: 'text' })
  outcome!: string;

  @Property({ type: 'bigint', runtimeType: 'number' })
  costMinor!: number;

  @Property({ type: 'text' })
  currency!: string;

  @Property({ type: 'double' })
  activationTarget!: number;

  @Property({ type: 'text' })
  destinationUrl!: string;

  @Property({ type: 'json' })
  allowedHosts!: string[];

  @Property({ type: 'text', nullable: true })
  fallbackUrl?: string | null;

  @Property({ type: 'integer' })
  attributionWindowDays!: number;

  @Property({ type: 'text' })
  timeZone!: string;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}
