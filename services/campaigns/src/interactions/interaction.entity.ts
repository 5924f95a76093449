import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** The six interaction rows of the campaign matrix; an event's venue tells virtual from physical. */
export const interactionKinds = [
  'event',
  'product_launch',
  'community_meetup',
  'certification_or_course',
  'internal_program',
  'always_on',
] as const;
export type InteractionKind = (typeof interactionKinds)[number];

export const eventVenues = ['virtual', 'physical', 'hybrid'] as const;
export type EventVenue = (typeof eventVenues)[number];

@Entity({ tableName: 'interaction' })
export class Interaction {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  kind!: InteractionKind;

  /** Set for events only. */
  @Property({ type: 'text', nullable: true })
  venue?: EventVenue | null;

  @Property({ type: 'timestamptz', nullable: true })
  startsAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  endsAt?: Date | null;

  @Property({ type: 'text' })
  timeZone!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** Venue address or meeting link, as shown to participants. */
  @Property({ type: 'text', nullable: true })
  location?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}
