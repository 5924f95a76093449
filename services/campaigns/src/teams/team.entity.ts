import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A marketing team that owns campaigns, such as field or product marketing. */
@Entity({ tableName: 'team' })
export class Team {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}
