import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { ConversionKind } from '@alg/service-kit';

/** The intake a conversion came through: GraphQL, the public endpoint from a server or from the browser snippet, or the signed webhook. */
export type ConversionChannel = 'api' | 'public' | 'snippet' | 'webhook';

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

  @Property({ type: 'text', nullable: true })
  firstTouchClickId?: string | null;

  /** When the credited (last) touch happened: its click, else the time in its click id, else the link's creation. */
  @Property({ type: 'timestamptz', nullable: true })
  touchedAt?: Date | null;

  /** False when the conversion came after the campaign's attribution window had closed on the last touch. */
  @Property({ type: 'boolean' })
  withinWindow = true;

  /** Visitor hash of the converting browser, when it posted the conversion itself. */
  @Property({ type: 'text', nullable: true })
  visitorHash?: string | null;

  @Property({ type: 'text' })
  channel: ConversionChannel = 'api';

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
