import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** Links an OIDC subject of an issuer to an account. */
@Entity({ tableName: 'sso_identity' })
export class SsoIdentity {
  @PrimaryKey({ type: 'text' })
  issuer!: string;

  @PrimaryKey({ type: 'text' })
  subject!: string;

  @Property({ type: 'uuid' })
  accountId!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
