import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A participant invited to a campaign: the denominator of the activation rate. */
@Entity({ tableName: 'invitation_record' })
export class InvitationRecord {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'uuid' })
  campaignId!: string;

  @Property({ type: 'uuid' })
  participantId!: string;

  @Property({ type: 'timestamptz' })
  invitedAt!: Date;
}
