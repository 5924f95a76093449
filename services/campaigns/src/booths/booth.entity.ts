import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A booth of a campaign; its QR code opens the check-in page at /b/{token}. */
@Entity({ tableName: 'booth' })
export class Booth {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'uuid' })
  campaignId!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  token!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
