import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A console user. The password hash is argon2id; SSO-only accounts have none. */
@Entity({ tableName: 'account' })
export class Account {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Normalized with normalizeEmail(). */
  @Property({ type: 'text', unique: true })
  email!: string;

  @Property({ type: 'text' })
  displayName!: string;

  @Property({ type: 'text', nullable: true, hidden: true })
  passwordHash?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  passwordChangedAt?: Date | null;
}
