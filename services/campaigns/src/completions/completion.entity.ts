import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

export const completionKinds = [
  'session_attended',
  'registration_completed',
  'certification_earned',
  'booth_visited',
  'report_downloaded',
  'custom',
] as const;
export type CompletionKind = (typeof completionKinds)[number];

/** How a completion moment reached the service. */
export const completionSources = ['api', 'webhook', 'import', 'booth'] as const;
export type CompletionSource = (typeof completionSources)[number];

/** The moment a participant finished an experience of a campaign. */
@Entity({ tableName: 'completion' })
export class Completion {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'uuid' })
  campaignId!: string;

  @Property({ type: 'uuid' })
  participantId!: string;

  @Property({ type: 'text' })
  kind!: CompletionKind;

  @Property({ type: 'text' })
  source: CompletionSource = 'api';

  /** The sender's id for this moment; a repeated id is recorded once. */
  @Property({ type: 'text', nullable: true })
  externalId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  boothId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  importId?: string | null;

  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
