import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

export const ecosystemKinds = [
  'buyers_and_prospects',
  'user_community',
  'partner_network',
  'online_communities',
  'employees',
  'event_attendees',
] as const;
export type EcosystemKind = (typeof ecosystemKinds)[number];

@Entity({ tableName: 'ecosystem' })
export class Ecosystem {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  kind!: EcosystemKind;

  /** Name of the partner that owns a partner-network ecosystem. */
  @Property({ type: 'text', nullable: true })
  partnerName?: string | null;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}
