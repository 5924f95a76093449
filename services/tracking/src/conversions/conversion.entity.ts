import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { ConversionKind } from '@alg/service-kit';

/**
 * A registration, lead, demo request, attendance or pipeline value that a
 * tracked link led to. Attribution: the last touch is credited; the first
 * touch is kept beside it.
 */
@Entity({ tableName: 'conversion' })
export class Conversion {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'uuid' })
  campaignId!: string;

  /** Participant credited: the owner of the last-touch link. */
  @Property({ type: 'uuid' })
  advocateId!: string;

  @Property({ type: 'text' })
  lastTouchCode!: string;

  @Property({ type: 'text' })
  firstTouchCode!: string;

  @Property({ type: 'text', nullable: true })
  clickId?: string | null;

  @Property({ type: 'text' })
  kind!: ConversionKind;

  @Property({ type: 'bigint', runtimeType: 'number' })
  valueMinor = 0;

  /** Identifies the converting person for deduplication: e-mail hash, else visitor hash. */
  @Property({ type: 'text' })
  personKey!: string;

  @Property({ type: 'boolean' })
  credited!: boolean;

  @Property({ type: 'boolean' })
  selfReferral!: boolean;

  @Property({ type: 'timestamptz' })
  convertedAt!: Date;
}
