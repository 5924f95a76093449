import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

export const participantOrigins = ['import', 'api', 'conversion', 'completion'] as const;
export type ParticipantOrigin = (typeof participantOrigins)[number];

/**
 * A person, one per normalized e-mail per organization (unique index on
 * organization_id, email).
 */
@Entity({ tableName: 'participant' })
export class Participant {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  /** Normalized with normalizeEmail(). */
  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'text', nullable: true })
  firstName?: string;

  @Property({ type: 'text', nullable: true })
  lastName?: string;

  @Property({ type: 'text', nullable: true })
  company?: string;

  @Property({ type: 'text', nullable: true })
  title?: string;

  @Property({ type: 'text' })
  origin!: ParticipantOrigin;

  /** Campaign whose conversion created this participant. */
  @Property({ type: 'uuid', nullable: true })
  sourceCampaignId?: string;

  /** Advocate through whose link this participant converted. */
  @Property({ type: 'uuid', nullable: true })
  sourceAdvocateId?: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}
