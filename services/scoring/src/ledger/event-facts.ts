import {
  type CloudEvent,
  currencyExponent,
  emailHash,
  type EventPayload,
  type EventType,
  normalizeEmail,
} from '@alg/service-kit';
import type { FactSet, IgnoredClickReason } from './facts.js';

/** Event types the ledger reads; every other type is ignored. */
export const ledgerEventTypes = [
  'organization.created',
  'campaign.created',
  'campaign.updated',
  'campaign.launched',
  'campaign.ended',
  'campaign.deleted',
  'participant.created',
  'participant.joined-ecosystem',
  'participant.left-ecosystem',
  'participant.merged',
  'participant.consent-changed',
  'participant.erased',
  'completion.recorded',
  'invitation.created',
  'share.recorded',
  'click.recorded',
  'click.batch-recorded',
  'conversion.recorded',
] as const satisfies readonly EventType[];
export type LedgerEventType = (typeof ledgerEventTypes)[number];

export type LedgerEvent = { [T in LedgerEventType]: CloudEvent<EventPayload<T>> & { type: T } }[LedgerEventType];

const iso = (value: string) => new Date(value).toISOString();

/** Returns the canonical name of an IANA time zone, or null when the runtime's time zone data lacks it. */
export function knownTimeZone(timeZone: string): string | null {
  try {
    return new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

function exponentOf(currency: string): number {
  try {
    return currencyExponent(currency);
  } catch {
    return 2;
  }
}

type CampaignEvent = Extract<LedgerEvent, { type: 'campaign.created' | 'campaign.updated' | 'campaign.launched' | 'campaign.ended' }>;

function addCampaign(facts: FactSet, event: CampaignEvent): void {
  const campaign = event.data;
  const at = iso(event.time);
  facts.addCampaign({
    campaignId: campaign.campaignId,
    organizationId: event.organizationid,
    ecosystemId: campaign.ecosystemId,
    ecosystemKind: campaign.ecosystemKind,
    interactionId: campaign.interactionId,
    interactionKind: campaign.interactionKind,
    outcome: campaign.outcome,
    status: campaign.status,
    costMinor: campaign.costMinor,
    currency: campaign.currency.toUpperCase(),
    currencyExponent: exponentOf(campaign.currency),
    timeZone: knownTimeZone(campaign.timeZone) ?? 'UTC',
    registrantEcosystemId: campaign.registrantEcosystemId,
    snapshotAt: at,
    snapshotEventId: event.id,
    createdAt: at,
    launchedAt: event.type === 'campaign.launched' ? at : null,
    endedAt: event.type === 'campaign.ended' ? at : null,
  });
}

function addParticipant(facts: FactSet, event: Extract<LedgerEvent, { type: 'participant.created' }>): void {
  const participant = event.data;
  const createdAt = iso(participant.createdAt);
  facts.addProfile({
    participantId: participant.participantId,
    organizationId: event.organizationid,
    origin: participant.origin,
    sourceCampaignId: participant.sourceCampaignId,
    sourceAdvocateId: participant.sourceAdvocateId,
    emailHash: participant.emailHash,
    createdAt,
  });
  for (const ecosystemId of participant.ecosystemIds) {
    facts.addMembership({
      participantId: participant.participantId,
      ecosystemId,
      organizationId: event.organizationid,
      joinedAt: createdAt,
      active: true,
      changedAt: createdAt,
      eventId: event.id,
    });
  }
}

type RecordedClick = EventPayload<'click.recorded'>;

function addClick(facts: FactSet, organizationId: string, click: RecordedClick): void {
  const key = { organizationId, campaignId: click.campaignId, participantId: click.participantId };
  if (click.classification === 'human' && click.unique) {
    facts.addClick({ ...key, visitorHash: click.visitorHash, clicks: 1, firstClickedAt: iso(click.clickedAt) });
    return;
  }
  const reason: IgnoredClickReason = click.classification === 'human' ? 'repeat' : click.classification;
  facts.addIgnoredClick({ ...key, reason, clicks: 1 });
}

function addConversion(facts: FactSet, event: Extract<LedgerEvent, { type: 'conversion.recorded' }>): void {
  const conversion = event.data;
  const normalized = conversion.email ? normalizeEmail(conversion.email) : null;
  facts.addConversion({
    conversionId: conversion.conversionId,
    organizationId: event.organizationid,
    campaignId: conversion.campaignId,
    advocateId: conversion.advocateId,
    kind: conversion.kind,
    valueMinor: conversion.valueMinor,
    credited: conversion.credited,
    selfReferral: conversion.selfReferral,
    personHash: normalized ? emailHash(normalized) : null,
    convertedAt: iso(conversion.convertedAt),
  });
}

function latestClickTime(clicks: readonly RecordedClick[]): string {
  let latest = Date.parse(clicks[0]!.clickedAt);
  for (const click of clicks) latest = Math.max(latest, Date.parse(click.clickedAt));

  return new Date(latest).toISOString();
}

/** Time of the activity an event records, or null when it records none. */
function activityTime(event: LedgerEvent): string | null {
  switch (event.type) {
    case 'completion.recorded':
      return iso(event.data.occurredAt);
    case 'invitation.created':
      return iso(event.data.invitedAt);
    case 'share.recorded':
      return iso(event.data.sharedAt);
    case 'click.recorded':
      return iso(event.data.clickedAt);
    case 'click.batch-recorded':
      return latestClickTime(event.data.clicks);
    case 'conversion.recorded':
      return iso(event.data.convertedAt);
    default:
      return null;
  }
}

function addMember(facts: FactSet, event: LedgerEvent): void {
  const organizationId = event.organizationid;
  const at = iso(event.time);
  const change = { organizationId, changedAt: at, eventId: event.id };
  switch (event.type) {
    case 'participant.joined-ecosystem':
      facts.addMembership({ ...event.data, ...change, joinedAt: at, active: true });
      break;
    case 'participant.left-ecosystem':
      facts.addMembership({ ...event.data, ...change, joinedAt: null, active: false });
      break;
    case 'participant.merged': {
      const mergedAt = iso(event.data.mergedAt);
      for (const ecosystemId of event.data.joinedEcosystemIds) {
        facts.addMembership({
          participantId: event.data.participantId,
          ecosystemId,
          ...change,
          changedAt: mergedAt,
          joinedAt: mergedAt,
          active: true,
        });
      }
      break;
    }
    case 'participant.consent-changed':
      facts.addConsent({ ...event.data, organizationId, changedAt: iso(event.data.changedAt), eventId: event.id });
      break;
    case 'participant.erased':
      facts.addErasure({
        participantId: event.data.participantId,
        organizationId,
        erasedAt: iso(event.time),
        emailHash: event.data.emailHash ?? null,
      });
      break;
    default:
      break;
  }
}

function addActivity(facts: FactSet, event: LedgerEvent): void {
  const organizationId = event.organizationid;
  switch (event.type) {
    case 'completion.recorded':
      facts.addCompletion({ ...event.data, organizationId, occurredAt: iso(event.data.occurredAt) });
      break;
    case 'invitation.created': {
      const networkSizes: Record<string, number> = {};
      for (const link of event.data.links) {
        if (typeof link.networkSize === 'number') networkSizes[link.network] = link.networkSize;
      }
      const { invitationId, campaignId, participantId } = event.data;
      facts.addInvitation({ invitationId, campaignId, participantId, organizationId, invitedAt: iso(event.data.invitedAt), networkSizes });
      break;
    }
    case 'share.recorded': {
      const at = iso(event.data.sharedAt);
      const { campaignId, participantId, network, networkSize } = event.data;
      facts.addShare({ organizationId, campaignId, participantId, network, shares: 1, networkSize, firstSharedAt: at, sizeReachedAt: at });
      break;
    }
    case 'click.recorded':
      addClick(facts, organizationId, event.data);
      break;
    case 'click.batch-recorded':
      for (const click of event.data.clicks) addClick(facts, organizationId, click);
      break;
    case 'conversion.recorded':
      addConversion(facts, event);
      break;
    default:
      break;
  }
}

/** Adds the facts of one validated event to the set. */
export function addEventFacts(facts: FactSet, event: LedgerEvent): void {
  facts.addClock({ organizationId: event.organizationid, latestActivityAt: activityTime(event), events: 1 });
  switch (event.type) {
    case 'organization.created':
      facts.addOrganization({
        organizationId: event.organizationid,
        timeZone: knownTimeZone(event.data.timeZone) ?? 'UTC',
        createdAt: iso(event.time),
      });
      break;
    case 'campaign.created':
    case 'campaign.updated':
    case 'campaign.launched':
    case 'campaign.ended':
      addCampaign(facts, event);
      break;
    case 'campaign.deleted':
      facts.addCampaignDeletion({ campaignId: event.data.campaignId, organizationId: event.organizationid });
      break;
    case 'participant.created':
      addParticipant(facts, event);
      break;
    default:
      addMember(facts, event);
      addActivity(facts, event);
  }
}

export function isLedgerEvent(event: CloudEvent): event is LedgerEvent {
  return (ledgerEventTypes as readonly string[]).includes(event.type);
}
