/**
 * Facts are the rows an event contributes to the ledger's tables. Each
 * table merges facts of the same key with a rule that is commutative and
 * associative (sum, minimum, maximum, or the latest by a total order), so
 * the tables hold the same rows whatever the order of the events. The
 * in-memory merge here and the `on conflict` clauses in fact-writer.ts
 * implement the same rules. Timestamps are ISO 8601 strings in UTC from
 * Date.toISOString(), so that string order is time order.
 */

export interface OrganizationFact {
  organizationId: string;
  timeZone: string;
  createdAt: string;
}

export interface ClockFact {
  organizationId: string;
  /** Latest activity time; null for events that carry no activity. */
  latestActivityAt: string | null;
  events: number;
}

export interface CampaignFact {
  campaignId: string;
  organizationId: string;
  ecosystemId: string;
  ecosystemKind: string;
  interactionId: string;
  interactionKind: string;
  outcome: string;
  status: string;
  costMinor: number;
  currency: string;
  currencyExponent: number;
  timeZone: string;
  registrantEcosystemId: string | null;
  snapshotAt: string;
  snapshotEventId: string;
  createdAt: string;
  launchedAt: string | null;
  endedAt: string | null;
}

export interface ProfileFact {
  participantId: string;
  organizationId: string;
  origin: string;
  sourceCampaignId: string | null;
  sourceAdvocateId: string | null;
  emailHash: string;
  createdAt: string;
}

/** A join or a leave; the latest by (time, event id) decides whether the participant is a member. */
export interface MembershipFact {
  participantId: string;
  ecosystemId: string;
  organizationId: string;
  /** Time of the join; null for a leave. */
  joinedAt: string | null;
  active: boolean;
  changedAt: string;
  eventId: string;
}

export interface CampaignDeletionFact {
  campaignId: string;
  organizationId: string;
}

export interface ConsentFact {
  participantId: string;
  organizationId: string;
  contact: boolean;
  partnerSharing: boolean;
  changedAt: string;
  eventId: string;
}

export interface ErasureFact {
  participantId: string;
  organizationId: string;
  erasedAt: string;
  /** Hash of the erased e-mail when the event carried it; older events have none. */
  emailHash: string | null;
}

export interface InvitationFact {
  campaignId: string;
  participantId: string;
  organizationId: string;
  invitationId: string;
  invitedAt: string;
  /** Audience per network from the participant's profile, where campaigns knew it. */
  networkSizes: Record<string, number>;
}

export interface CompletionFact {
  completionId: string;
  organizationId: string;
  campaignId: string;
  participantId: string;
  kind: string;
  occurredAt: string;
}

export interface ShareFact {
  organizationId: string;
  campaignId: string;
  participantId: string;
  network: string;
  shares: number;
  networkSize: number;
  firstSharedAt: string;
  /** Earliest time the largest audience of the network was recorded. */
  sizeReachedAt: string;
}

export interface ClickFact {
  organizationId: string;
  campaignId: string;
  participantId: string;
  visitorHash: string;
  /** Unique human clicks of this visitor; all but the first are a burst and earn nothing. */
  clicks: number;
  firstClickedAt: string;
}

export const ignoredClickReasons = ['preview', 'bot', 'self', 'repeat'] as const;
export type IgnoredClickReason = (typeof ignoredClickReasons)[number];

export interface IgnoredClickFact {
  organizationId: string;
  campaignId: string;
  participantId: string;
  reason: IgnoredClickReason;
  clicks: number;
}

export interface ConversionFact {
  conversionId: string;
  organizationId: string;
  campaignId: string;
  advocateId: string;
  kind: string;
  valueMinor: number;
  credited: boolean;
  selfReferral: boolean;
  /** SHA-256 of the converted person's normalized e-mail, to follow one person across conversion kinds. */
  personHash: string | null;
  convertedAt: string;
}

const minTime = (a: string, b: string) => (a <= b ? a : b);
const maxTime = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a >= b ? a : b);
const minNullable = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : minTime(a, b));

/** True when (a1, a2) sorts after (b1, b2). */
const after = (a1: string, a2: string, b1: string, b2: string) => a1 > b1 || (a1 === b1 && a2 > b2);

/** Facts of a batch of events, merged by key. */
export class FactSet {
  readonly organizations = new Map<string, OrganizationFact>();
  readonly clocks = new Map<string, ClockFact>();
  readonly campaigns = new Map<string, CampaignFact>();
  readonly campaignDeletions = new Map<string, CampaignDeletionFact>();
  readonly profiles = new Map<string, ProfileFact>();
  readonly memberships = new Map<string, MembershipFact>();
  readonly consents = new Map<string, ConsentFact>();
  readonly erasures = new Map<string, ErasureFact>();
  readonly invitations = new Map<string, InvitationFact>();
  readonly completions = new Map<string, CompletionFact>();
  readonly shares = new Map<string, ShareFact>();
  readonly clicks = new Map<string, ClickFact>();
  readonly ignoredClicks = new Map<string, IgnoredClickFact>();
  readonly conversions = new Map<string, ConversionFact>();

  /** Earliest creation wins, ties broken by time zone name. */
  addOrganization(fact: OrganizationFact): void {
    const current = this.organizations.get(fact.organizationId);
    if (!current || after(current.createdAt, current.timeZone, fact.createdAt, fact.timeZone)) {
      this.organizations.set(fact.organizationId, fact);
    }
  }

  addClock(fact: ClockFact): void {
    const current = this.clocks.get(fact.organizationId);
    this.clocks.set(
      fact.organizationId,
      current
        ? {
            organizationId: fact.organizationId,
            latestActivityAt: maxTime(current.latestActivityAt, fact.latestActivityAt),
            events: current.events + fact.events,
          }
        : fact,
    );
  }

  /** The latest snapshot by (time, event id) wins; lifecycle times keep their earliest value. */
  addCampaign(fact: CampaignFact): void {
    const current = this.campaigns.get(fact.campaignId);
    if (!current) {
      this.campaigns.set(fact.campaignId, fact);
      return;
    }
    const newer = after(fact.snapshotAt, fact.snapshotEventId, current.snapshotAt, current.snapshotEventId);
    const snapshot = newer ? fact : current;
    this.campaigns.set(fact.campaignId, {
      ...snapshot,
      createdAt: minTime(current.createdAt, fact.createdAt),
      launchedAt: minNullable(current.launchedAt, fact.launchedAt),
      endedAt: minNullable(current.endedAt, fact.endedAt),
    });
  }

  /** The earliest creation wins, ties broken by e-mail hash. */
  addProfile(fact: ProfileFact): void {
    const current = this.profiles.get(fact.participantId);
    if (!current || after(current.createdAt, current.emailHash, fact.createdAt, fact.emailHash)) {
      this.profiles.set(fact.participantId, fact);
    }
  }

  /** The first join keeps its time; the latest change by (time, event id) decides the state. */
  addMembership(fact: MembershipFact): void {
    const key = `${fact.participantId}|${fact.ecosystemId}`;
    const current = this.memberships.get(key);
    if (!current) {
      this.memberships.set(key, fact);
      return;
    }
    const state = after(fact.changedAt, fact.eventId, current.changedAt, current.eventId) ? fact : current;
    this.memberships.set(key, {
      ...current,
      joinedAt: minNullable(current.joinedAt, fact.joinedAt),
      active: state.active,
      changedAt: state.changedAt,
      eventId: state.eventId,
    });
  }

  addCampaignDeletion(fact: CampaignDeletionFact): void {
    this.campaignDeletions.set(fact.campaignId, fact);
  }

  /** The latest change by (time, event id) wins. */
  addConsent(fact: ConsentFact): void {
    const current = this.consents.get(fact.participantId);
    if (!current || after(fact.changedAt, fact.eventId, current.changedAt, current.eventId)) {
      this.consents.set(fact.participantId, fact);
    }
  }

  /** Keeps the earliest erasure, with the e-mail hash of any of the participant's erasures. */
  addErasure(fact: ErasureFact): void {
    const current = this.erasures.get(fact.participantId);
    const emailHash = fact.emailHash ?? current?.emailHash ?? null;
    if (!current || fact.erasedAt < current.erasedAt) this.erasures.set(fact.participantId, { ...fact, emailHash });
    else if (emailHash !== current.emailHash) this.erasures.set(fact.participantId, { ...current, emailHash });
  }

  /** The earliest invitation of a participant to a campaign wins, ties broken by invitation id. */
  addInvitation(fact: InvitationFact): void {
    const key = `${fact.campaignId}|${fact.participantId}`;
    const current = this.invitations.get(key);
    if (!current || after(current.invitedAt, current.invitationId, fact.invitedAt, fact.invitationId)) {
      this.invitations.set(key, fact);
    }
  }

  addCompletion(fact: CompletionFact): void {
    if (!this.completions.has(fact.completionId)) this.completions.set(fact.completionId, fact);
  }

  /** Shares add up; the largest audience keeps the earliest time it was recorded. */
  addShare(fact: ShareFact): void {
    const key = `${fact.campaignId}|${fact.participantId}|${fact.network}`;
    const current = this.shares.get(key);
    if (!current) {
      this.shares.set(key, fact);
      return;
    }
    let networkSize = current.networkSize;
    let sizeReachedAt = current.sizeReachedAt;
    if (fact.networkSize > current.networkSize) {
      networkSize = fact.networkSize;
      sizeReachedAt = fact.sizeReachedAt;
    } else if (fact.networkSize === current.networkSize) {
      sizeReachedAt = minTime(current.sizeReachedAt, fact.sizeReachedAt);
    }
    this.shares.set(key, {
      ...current,
      shares: current.shares + fact.shares,
      networkSize,
      firstSharedAt: minTime(current.firstSharedAt, fact.firstSharedAt),
      sizeReachedAt,
    });
  }

  addClick(fact: ClickFact): void {
    const key = `${fact.campaignId}|${fact.participantId}|${fact.visitorHash}`;
    const current = this.clicks.get(key);
    this.clicks.set(
      key,
      current
        ? { ...current, clicks: current.clicks + fact.clicks, firstClickedAt: minTime(current.firstClickedAt, fact.firstClickedAt) }
        : fact,
    );
  }

  addIgnoredClick(fact: IgnoredClickFact): void {
    const key = `${fact.campaignId}|${fact.participantId}|${fact.reason}`;
    const current = this.ignoredClicks.get(key);
    this.ignoredClicks.set(key, current ? { ...current, clicks: current.clicks + fact.clicks } : fact);
  }

  addConversion(fact: ConversionFact): void {
    if (!this.conversions.has(fact.conversionId)) this.conversions.set(fact.conversionId, fact);
  }

  get size(): number {
    let total = 0;
    for (const map of [
      this.organizations,
      this.campaigns,
      this.campaignDeletions,
      this.profiles,
      this.memberships,
      this.consents,
      this.erasures,
      this.invitations,
      this.completions,
      this.shares,
      this.clicks,
      this.ignoredClicks,
      this.conversions,
    ]) {
      total += map.size;
    }

    return total;
  }
}
