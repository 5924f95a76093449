import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Role } from '@alg/service-kit';

/**
 * An integrator's key. Only the SHA-256 of the secret part is stored; the
 * key is shown once, when it is created.
 */
@Entity({ tableName: 'api_key' })
export class ApiKey {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  role!: Role;

  @Property({ type: 'text', hidden: true })
  secretHash!: string;

  /** Any of read, write and conversions. */
  @Property({ type: 'json' })
  scopes: string[] = ['read', 'write'];

  /** Set for partner-portal keys: the partner (an ecosystem's partner name) the key reads for. */
  @Property({ type: 'text', nullable: true })
  partnerName?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date;
}
