import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** An account's role in one organization. */
@Entity({ tableName: 'organization_member' })
export class OrganizationMember {
  @PrimaryKey({ type: 'uuid' })
  organizationId!: string;

  @PrimaryKey({ type: 'uuid' })
  accountId!: string;

  @Property({ type: 'text' })
  role!: 'viewer' | 'editor' | 'admin';

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
