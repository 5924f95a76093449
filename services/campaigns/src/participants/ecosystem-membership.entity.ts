import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

@Entity({ tableName: 'ecosystem_membership' })
export class EcosystemMembership {
  @PrimaryKey({ type: 'uuid' })
  ecosystemId!: string;

  @PrimaryKey({ type: 'uuid' })
  participantId!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'timestamptz' })
  joinedAt: Date = new Date();
}
