import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

@Entity({ tableName: 'organization' })
export class Organization {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', unique: true })
  slug!: string;

  /** IANA time zone; periods and daily series start at local midnight in it. */
  @Property({ type: 'text' })
  timeZone!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
