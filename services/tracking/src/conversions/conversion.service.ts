import { randomUUID } from 'node:crypto';
import {
  type ConversionKind,
  DomainError,
  emailHash,
  type EntityManager,
  ErrorCode,
  fromMinorUnits,
  normalizeEmail,
  type ServiceRuntime,
  toMinorUnits,
} from '@alg/service-kit';
import { CampaignProjection } from '../campaigns/campaign-projection.entity.js';
import { Click } from '../clicks/click.entity.js';
import { TrackedLink } from '../links/tracked-link.entity.js';
import { hostnameOf, isAllowedTarget } from '../redirect/destination-url.js';
import type { VisitorHashes } from '../redirect/visitor-salt.js';
import { isWithinWindow, parseReference, touchTimeOf } from './attribution.js';
import { Conversion, type ConversionChannel } from './conversion.entity.js';

export { parseReference } from './attribution.js';

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
  /** Visitor hashes of the converting browser, when it posted the conversion itself. */
  visitor?: VisitorHashes | null;
  occurredAt?: Date | null;
  /** Origin of the browser page that posted the conversion; it must be a host the campaign sends visitors to. */
  origin?: string | null;
}

export interface RecordedConversion {
  conversion: Conversion;
  duplicate: boolean;
  /** The conversion's value in the campaign currency (major units). */
  value: number;
}

/** Conversions reported with a time this far ahead of the server clock are rejected. */
const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Records conversions. The last touch is credited to its link's advocate
 * and the first touch is kept beside it. A person (by e-mail, else by
 * browser) converts once per campaign and kind; a repeat returns the first
 * record. A conversion by the advocate themselves (same normalized e-mail,
 * or a browser seen as theirs) is stored as a self-referral. One after the
 * campaign's attribution window is stored as outside the window. Neither is
 * credited. The rule is documented in docs/attribution.md.
 */
export class ConversionService {
  private readonly runtime: ServiceRuntime;

  constructor(runtime: ServiceRuntime) {
    this.runtime = runtime;
  }

  record(organizationId: string | null, intake: ConversionIntake, channel: ConversionChannel = 'api'): Promise<RecordedConversion> {
    return this.runtime.transactional((em) => this.recordIn(em, organizationId, intake, channel));
  }

  /** Records inside the caller's transaction; a null organization accepts any link (the public endpoint). */
  async recordIn(
    em: EntityManager,
    organizationId: string | null,
    intake: ConversionIntake,
    channel: ConversionChannel,
  ): Promise<RecordedConversion> {
    const last = parseReference(intake.ref);
    const first = intake.firstRef ? parseReference(intake.firstRef, 'firstRef') : last;
    const email = this.emailOf(intake);
    const convertedAt = intake.occurredAt ?? new Date();
    if (convertedAt.getTime() > Date.now() + MAX_CLOCK_SKEW_MS) {
      throw DomainError.invalid('occurredAt', convertedAt.toISOString(), 'a conversion cannot be in the future.');
    }

    const link = await em.findOne(TrackedLink, { code: last.code });
    if (!link || (organizationId && link.organizationId !== organizationId)) {
      throw new DomainError(ErrorCode.notFound, `Reference ${JSON.stringify(intake.ref)} matches no tracked link.`, { field: 'ref' });
    }
    const campaign = await em.findOne(CampaignProjection, { id: link.campaignId });
    if (!campaign) {
      throw new DomainError(
        ErrorCode.invalidState,
        `The campaign of reference ${JSON.stringify(intake.ref)} has not reached tracking yet; retry in a few seconds.`,
        { field: 'ref' },
      );
    }
    if (intake.origin) this.checkOrigin(intake.origin, campaign);
    const personKey = email ? `email:${emailHash(email)}` : `visitor:${intake.visitor!.current}`;
    const valueOf = (stored: Conversion) => fromMinorUnits(Number(stored.valueMinor), campaign.currency);
    const existing = await em.findOne(Conversion, { campaignId: campaign.id, kind: intake.kind, personKey });
    if (existing) return { conversion: existing, duplicate: true, value: valueOf(existing) };

    const firstLink =
      first.code === last.code ? link : await em.findOne(TrackedLink, { code: first.code, campaignId: link.campaignId });
    const lastClick = last.clickId ? await em.findOne(Click, { id: last.clickId, linkCode: link.code }) : null;
    const touchedAt = touchTimeOf(lastClick?.clickedAt ?? null, last.clickId, link.createdAt);
    const selfReferral = await this.isSelfReferral(em, link, email, intake.visitor ?? null);
    const withinWindow = isWithinWindow(touchedAt, convertedAt, campaign.attributionWindowDays);
    const conversion = Object.assign(new Conversion(), {
      id: randomUUID(),
      organizationId: link.organizationId,
      campaignId: campaign.id,
      advocateId: link.participantId,
      lastTouchCode: link.code,
      firstTouchCode: firstLink?.code ?? link.code,
      clickId: last.clickId,
      firstTouchClickId: firstLink ? first.clickId : last.clickId,
      touchedAt,
      withinWindow,
      visitorHash: intake.visitor?.current ?? null,
      channel,
      kind: intake.kind,
      valueMinor: intake.value ? toMinorUnits(intake.value, campaign.currency) : 0,
      personKey,
      credited: !selfReferral && withinWindow,
      selfReferral,
      convertedAt,
    });
    if (!(await this.insert(em, conversion))) {
      // A concurrent request for the same person and kind committed first.
      const winner = await em.findOneOrFail(Conversion, { campaignId: campaign.id, kind: intake.kind, personKey });

      return { conversion: winner, duplicate: true, value: valueOf(winner) };
    }
    this.emit(em, conversion, email, intake.name?.trim() || null);

    return { conversion, duplicate: false, value: valueOf(conversion) };
  }

  /** Rejects a browser origin other than the campaign's destination host and its allowed hosts. */
  private checkOrigin(origin: string, campaign: CampaignProjection): void {
    const destinationHost = hostnameOf(campaign.destinationUrl);
    const allowed = destinationHost ? [destinationHost, ...campaign.allowedHosts] : campaign.allowedHosts;
    if (!isAllowedTarget(origin, allowed)) {
      throw new DomainError(
        ErrorCode.forbidden,
        `Origin ${JSON.stringify(origin)} is not a landing page of this campaign; add its host to the campaign's allowed hosts.`,
        { field: 'origin' },
      );
    }
  }

  private emailOf(intake: ConversionIntake): string | null {
    const email = intake.email ? normalizeEmail(intake.email) : null;
    if (intake.email && !email) {
      throw DomainError.invalid('email', intake.email, 'give an address such as ada@example.com, or leave it out.');
    }
    if (!email && !intake.visitor) {
      throw DomainError.invalid('email', intake.email ?? null, 'a conversion needs the e-mail of the person who converted.');
    }

    return email;
  }

  private async isSelfReferral(em: EntityManager, link: TrackedLink, email: string | null, visitor: VisitorHashes | null): Promise<boolean> {
    if (email && emailHash(email) === link.advocateEmailHash) return true;
    if (!visitor) return false;
    const hashes = [visitor.current, visitor.previous].filter((hash): hash is string => hash !== null);
    const rows = await em.execute<{ found: number }[]>(
      `select 1 as found from advocate_visitor where participant_id = ? and visitor_hash in (?)
       union all
       select 1 from click where participant_id = ? and visitor_hash in (?) and classification = 'self'
       limit 1`,
      [link.participantId, hashes, link.participantId, hashes],
    );

    return rows.length > 0;
  }

  /** Inserts unless the person already converted this way; returns whether the row was written. */
  private async insert(em: EntityManager, conversion: Conversion): Promise<boolean> {
    const rows = await em.execute<{ id: string }[]>(
      `insert into conversion
         (id, organization_id, campaign_id, advocate_id, last_touch_code, first_touch_code, click_id,
          first_touch_click_id, touched_at, within_window, visitor_hash, channel, kind, value_minor,
          person_key, credited, self_referral, converted_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (campaign_id, kind, person_key) do nothing
       returning id`,
      [
        conversion.id,
        conversion.organizationId,
        conversion.campaignId,
        conversion.advocateId,
        conversion.lastTouchCode,
        conversion.firstTouchCode,
        conversion.clickId ?? null,
        conversion.firstTouchClickId ?? null,
        conversion.touchedAt ?? null,
        conversion.withinWindow,
        conversion.visitorHash ?? null,
        conversion.channel,
        conversion.kind,
        conversion.valueMinor,
        conversion.personKey,
        conversion.credited,
        conversion.selfReferral,
        conversion.convertedAt,
      ],
    );

    return rows.length > 0;
  }

  private emit(em: EntityManager, conversion: Conversion, email: string | null, name: string | null): void {
    this.runtime.outbox.add(em, {
      type: 'conversion.recorded',
      organizationId: conversion.organizationId,
      key: conversion.advocateId,
      subject: conversion.id,
      data: {
        conversionId: conversion.id,
        campaignId: conversion.campaignId,
        advocateId: conversion.advocateId,
        kind: conversion.kind,
        valueMinor: Number(conversion.valueMinor),
        email,
        name,
        credited: conversion.credited,
        selfReferral: conversion.selfReferral,
        convertedAt: conversion.convertedAt.toISOString(),
      },
    });
  }
}
