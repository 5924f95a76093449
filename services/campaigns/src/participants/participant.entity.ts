import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Network } from '@alg/service-kit';

export const participantOrigins = ['import', 'api', 'conversion', 'completion'] as const;
export type ParticipantOrigin = (typeof participantOrigins)[number];

/** A participant's presence on one network: profile address and audience size. */
export interface NetworkProfile {
  url?: string | null;
  /** Followers or connections, used for potential reach. */
  size?: number | null;
}

export type NetworkProfiles = Partial<Record<Network, NetworkProfile>>;

/**
 * A person, one per normalized e-mail per organization (unique index on
 * organization_id, email; a check constraint keeps the stored value
 * normalized). An erased participant keeps its id for statistics and loses
 * every personal field.
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
  firstName?: string | null;

  @Property({ type: 'text', nullable: true })
  lastName?: string | null;

  @Property({ type: 'text', nullable: true })
  company?: string | null;

  @Property({ type: 'text', nullable: true })
  title?: string | null;

  @Property({ type: 'json' })
  profiles: NetworkProfiles = {};

  /** May be contacted, invited and targeted. */
  @Property({ type: 'boolean' })
  consentContact = true;

  /** May have profile fields shared with partner portals. */
  @Property({ type: 'boolean' })
  consentPartnerSharing = false;

  @Property({ type: 'timestamptz', nullable: true })
  consentChangedAt?: Date | null;

  @Property({ type: 'text' })
  origin!: ParticipantOrigin;

  /** Campaign whose conversion created this participant. */
  @Property({ type: 'uuid', nullable: true })
  sourceCampaignId?: string | null;

  /** Advocate through whose link this participant converted. */
  @Property({ type: 'uuid', nullable: true })
  sourceAdvocateId?: string | null;

  /** Import whose row created this participant. */
  @Property({ type: 'uuid', nullable: true })
  sourceImportId?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  erasedAt?: Date | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}
