import { randomUUID } from 'node:crypto';
import {
  type ConversionKind,
  DomainError,
  emailHash,
  type EntityManager,
  ErrorCode,
  normalizeEmail,
  type ServiceRuntime,
  toMinorUnits,
} from '@alg/service-kit';
import { CampaignProjection } from '../campaigns/campaign-projection.entity.js';
import { Click } from '../clicks/click.entity.js';
import { TrackedLink } from '../links/tracked-link.entity.js';
import { Conversion } from './conversion.entity.js';

export interface ConversionIntake {
  /** Last-touch reference from the landing page: `<code>.<click id>` or a bare code. */
  ref: string;
  /** First-touch reference, when the page kept an earlier one. */
  firstRef?: string | null;
  kind: ConversionKind;
  email?: string | null;
  name?: string | null;
  /** Pipeline or order value in the campaign's currency (major units). */
  value?: number | null;
  /** Visitor hash of the converting browser, when the intake can compute it. */
  visitorHash?: string | null;
  occurredAt?: Date;
}

export interface RecordedConversion {
  conversion: Conversion;
  duplicate: boolean;
}

const DAY_MS = 86_400_000;

interface ParsedReference {
  code: string;
  clickId: string | null;
}

export function parseReference(ref: string, field = 'ref'): ParsedReference {
  const match = /^([0-9A-Za-z]{8,32})(?:\.([0-9A-Za-z]{8,32}))?$/.exec(ref.trim());
  if (!match) {
    throw DomainError.invalid(field, ref, 'pass the alg_ref value from the landing page URL, like AbC123xYz9.q1W2e3R4t5Y6u7I8.');
  }

  return { code: match[1]!, clickId: match[2] ?? null };
}

/**
 * Records conversions. The last touch is credited to its link's advocate
 * and the first touch is kept beside it. A person (by e-mail, else by
 * visitor) converts once per campaign and kind; a repeat returns the first
 * record. A conversion by the advocate themselves, or outside the
 * campaign's attribution window, is stored without credit.
 */
export class ConversionService {
  constructor(private readonly runtime: ServiceRuntime) {}

  async record(organizationId: string | null, intake: ConversionIntake): Promise<RecordedConversion> {
    const last = parseReference(intake.ref);
    const first = intake.firstRef ? parseReference(intake.firstRef, 'firstRef') : last;
    const email = intake.email ? normalizeEmail(intake.email) : null;
    if (intake.email && !email) {
      throw DomainError.invalid('email', intake.email, 'give an address such as ada@example.com, or leave it out.');
    }
    if (!email && !intake.visitorHash) {
      throw DomainError.invalid('email', intake.email ?? null, 'a conversion needs the e-mail of the person who converted.');
    }

    return this.runtime.transactional(async (em) => {
      const link = await em.findOne(TrackedLink, { code: last.code });
      if (!link || (organizationId && link.organizationId !== organizationId)) {
        throw new DomainError(ErrorCode.notFound, `Reference ${JSON.stringify(intake.ref)} matches no tracked link.`, {
          field: 'ref',
        });
      }
      const campaign = await em.findOneOrFail(CampaignProjection, { id: link.campaignId });
      const firstLink =
        first.code === last.code ? link : await em.findOne(TrackedLink, { code: first.code, campaignId: link.campaignId });
      const personKey = email ? `email:${emailHash(email)}` : `visitor:${intake.visitorHash}`;
      const existing = await em.findOne(Conversion, { campaignId: campaign.id, kind: intake.kind, personKey });
      if (existing) return { conversion: existing, duplicate: true };

      const convertedAt = intake.occurredAt ?? new Date();
      const selfReferral = await this.isSelfReferral(em, link, email, intake.visitorHash ?? null);
      const inWindow = await this.withinWindow(em, campaign, last.clickId, link, convertedAt);
      const conversion = em.create(Conversion, {
        id: randomUUID(),
        organizationId: link.organizationId,
        campaignId: campaign.id,
        advocateId: link.participantId,
        lastTouchCode: link.code,
        firstTouchCode: firstLink?.code ?? link.code,
        clickId: last.clickId,
        kind: intake.kind,
        valueMinor: intake.value ? toMinorUnits(intake.value, campaign.currency) : 0,
        personKey,
        credited: !selfReferral && inWindow,
        selfReferral,
        convertedAt,
      });
      em.persist(conversion);
      await em.flush();
      this.runtime.outbox.add(em, {
        type: 'conversion.recorded',
        organizationId: link.organizationId,
        key: link.participantId,
        subject: conversion.id,
        data: {
          conversionId: conversion.id,
          campaignId: campaign.id,
          advocateId: link.participantId,
          kind: conversion.kind,
          valueMinor: Number(conversion.valueMinor),
          email,
          name: intake.name?.trim() || null,
          credited: conversion.credited,
          selfReferral,
          convertedAt: convertedAt.toISOString(),
        },
      });

      return { conversion, duplicate: false };
    });
  }

  private async isSelfReferral(
    em: EntityManager,
    link: TrackedLink,
    email: string | null,
    visitorHash: string | null,
  ): Promise<boolean> {
    if (email && emailHash(email) === link.advocateEmailHash) return true;
    if (!visitorHash) return false;
    const selfClick = await em.findOne(Click, {
      participantId: link.participantId,
      visitorHash,
      classification: 'self',
    });

    return selfClick !== null;
  }

  /** The click, when stored, must be within the window; else the link's creation bounds it. */
  private async withinWindow(
    em: EntityManager,
    campaign: CampaignProjection,
    clickId: string | null,
    link: TrackedLink,
    convertedAt: Date,
  ): Promise<boolean> {
    const click = clickId ? await em.findOne(Click, { id: clickId }) : null;
    const touchedAt = click?.clickedAt ?? link.createdAt;

    return convertedAt.getTime() - touchedAt.getTime() <= campaign.attributionWindowDays * DAY_MS;
  }
}
