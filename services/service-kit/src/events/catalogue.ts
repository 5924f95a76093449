import { z } from 'zod';
import { type Topic, Topics } from './topics.js';

const id = z.uuid();
const timestamp = z.iso.datetime({ offset: true });

export const networks = ['linkedin', 'x', 'facebook', 'email'] as const;
export const network = z.enum(networks);
export type Network = z.infer<typeof network>;

export const conversionKinds = [
  'registration',
  'lead',
  'demo_request',
  'attendance',
  'pipeline',
] as const;
export const conversionKind = z.enum(conversionKinds);
export type ConversionKind = z.infer<typeof conversionKind>;

export const clickClassifications = ['human', 'preview', 'bot', 'self'] as const;
export type ClickClassification = (typeof clickClassifications)[number];

const campaignSnapshot = z.object({
  campaignId: id,
  name: z.string(),
  status: z.enum(['draft', 'scheduled', 'live', 'ended']),
  ecosystemId: id,
  ecosystemKind: z.string(),
  interactionId: id,
  interactionKind: z.string(),
  outcome: z.string(),
  costMinor: z.number().int().nonnegative(),
  currency: z.string().length(3),
  activationTarget: z.number().min(0).max(1),
  destinationUrl: z.url(),
  allowedHosts: z.array(z.string()),
  fallbackUrl: z.url().nullable(),
  attributionWindowDays: z.number().int().positive(),
  timeZone: z.string(),
  registrantEcosystemId: id.nullable(),
  /** Owning team; absent in events written before teams existed. */
  teamId: id.nullable().optional(),
  /** Planned start and end of the campaign, when set. */
  startsAt: timestamp.nullable().optional(),
  endsAt: timestamp.nullable().optional(),
  invitationWindowDays: z.number().int().positive().optional(),
});

const participantOrigin = z.enum(['import', 'api', 'conversion', 'completion']);

const ecosystemSnapshot = z.object({
  ecosystemId: id,
  name: z.string(),
  kind: z.string(),
  partnerName: z.string().nullable(),
});

const interactionSnapshot = z.object({
  interactionId: id,
  name: z.string(),
  kind: z.string(),
  venue: z.string().nullable(),
  startsAt: timestamp.nullable(),
  endsAt: timestamp.nullable(),
  timeZone: z.string(),
});

const teamSnapshot = z.object({ teamId: id, name: z.string() });

/** Payload schemas by event type. Producers and consumers both validate. */
export const eventCatalogue = {
  'organization.created': {
    topic: Topics.campaignsEvents,
    schema: z.object({ organizationId: id, name: z.string(), timeZone: z.string() }),
  },
  'campaign.created': { topic: Topics.campaignsEvents, schema: campaignSnapshot },
  'campaign.updated': { topic: Topics.campaignsEvents, schema: campaignSnapshot },
  'campaign.launched': { topic: Topics.campaignsEvents, schema: campaignSnapshot },
  'campaign.ended': { topic: Topics.campaignsEvents, schema: campaignSnapshot },
  'participant.created': {
    topic: Topics.campaignsEvents,
    schema: z.object({
      participantId: id,
      emailHash: z.string().length(64),
      ecosystemIds: z.array(id),
      origin: z.enum(['import', 'api', 'conversion', 'completion']),
      sourceCampaignId: id.nullable(),
      sourceAdvocateId: id.nullable(),
      createdAt: timestamp,
    }),
  },
  'participant.joined-ecosystem': {
    topic: Topics.campaignsEvents,
    schema: z.object({ participantId: id, ecosystemId: id }),
  },
  'participant.consent-changed': {
    topic: Topics.campaignsEvents,
    schema: z.object({
      participantId: id,
      /** May be contacted, invited and targeted. */
      contact: z.boolean(),
      /** May have profile fields shared with partner portals. */
      partnerSharing: z.boolean(),
      changedAt: timestamp,
    }),
  },
  'participant.erased': {
    topic: Topics.campaignsEvents,
    schema: z.object({
      participantId: id,
      /**
       * Hash of the erased e-mail, so that services can find the records they
       * keep by e-mail hash, such as conversions; absent in older events.
       */
      emailHash: z.string().length(64).optional(),
    }),
  },
  'completion.recorded': {
    topic: Topics.campaignsEvents,
    schema: z.object({
      completionId: id,
      campaignId: id,
      participantId: id,
      kind: z.string(),
      occurredAt: timestamp,
    }),
  },
  'invitation.created': {
    topic: Topics.campaignsEvents,
    schema: z.object({
      invitationId: id,
      campaignId: id,
      participantId: id,
      emailHash: z.string().length(64),
      links: z
        .array(
          z.object({
            network,
            code: z.string().min(8),
            /** The participant's audience on the network, when their profile has it. */
            networkSize: z.number().int().nonnegative().nullish(),
          }),
        )
        .min(1),
      invitedAt: timestamp,
    }),
  },
  'share.recorded': {
    topic: Topics.trackingEvents,
    schema: z.object({
      shareId: id,
      campaignId: id,
      participantId: id,
      network,
      networkSize: z.number().int().nonnegative(),
      sharedAt: timestamp,
    }),
  },
  'click.received': {
    topic: Topics.clickIntake,
    schema: z.object({
      clickId: z.string().min(8),
      code: z.string().min(8),
      visitorHash: z.string().length(64),
      classification: z.enum(['human', 'preview', 'bot']),
      method: z.enum(['GET', 'HEAD']),
      receivedAt: timestamp,
    }),
  },
  'click.batch-received': {
    topic: Topics.clickIntake,
    schema: z.object({
      /** Clicks in the order the redirect answered them; every code of a batch maps to the same partition key. */
      clicks: z
        .array(
          z.object({
            clickId: z.string().min(8),
            code: z.string().min(8),
            visitorHash: z.string().length(64),
            /** The same visitor hashed with the previous day's salt, so uniqueness holds across midnight. */
            previousVisitorHash: z.string().length(64).nullable(),
            classification: z.enum(['human', 'preview', 'bot']),
            method: z.enum(['GET', 'HEAD']),
            receivedAt: timestamp,
          }),
        )
        .min(1)
        .max(1_000),
    }),
  },
  /** One stored click, as tracking sent it before click.batch-recorded; consumers still read it from topics and ledgers. */
  'click.recorded': {
    topic: Topics.trackingEvents,
    schema: z.object({
      clickId: z.string(),
      campaignId: id,
      participantId: id,
      network,
      classification: z.enum(clickClassifications),
      unique: z.boolean(),
      visitorHash: z.string().length(64),
      clickedAt: timestamp,
    }),
  },
  'click.batch-recorded': {
    topic: Topics.trackingEvents,
    schema: z.object({
      /**
       * Clicks stored in one intake transaction, all of the event's
       * organization, ordered by click time. Tracking sends this in place of
       * one click.recorded per click, so that the outbox, Kafka and the
       * consumers handle a thousand clicks as one message.
       */
      clicks: z
        .array(
          z.object({
            clickId: z.string(),
            campaignId: id,
            participantId: id,
            network,
            classification: z.enum(clickClassifications),
            unique: z.boolean(),
            visitorHash: z.string().length(64),
            clickedAt: timestamp,
          }),
        )
        .min(1)
        .max(1_000),
    }),
  },
  'conversion.recorded': {
    topic: Topics.trackingEvents,
    schema: z.object({
      conversionId: id,
      campaignId: id,
      advocateId: id,
      kind: conversionKind,
      valueMinor: z.number().int().nonnegative(),
      email: z.email().nullable(),
      name: z.string().nullable(),
      credited: z.boolean(),
      selfReferral: z.boolean(),
      convertedAt: timestamp,
    }),
  },
  'campaign.deleted': {
    topic: Topics.campaignsEvents,
    schema: z.object({ campaignId: id }),
  },
  'ecosystem.created': { topic: Topics.campaignsEvents, schema: ecosystemSnapshot },
  'ecosystem.updated': { topic: Topics.campaignsEvents, schema: ecosystemSnapshot },
  'ecosystem.deleted': { topic: Topics.campaignsEvents, schema: z.object({ ecosystemId: id }) },
  'interaction.created': { topic: Topics.campaignsEvents, schema: interactionSnapshot },
  'interaction.updated': { topic: Topics.campaignsEvents, schema: interactionSnapshot },
  'interaction.deleted': { topic: Topics.campaignsEvents, schema: z.object({ interactionId: id }) },
  'team.created': { topic: Topics.campaignsEvents, schema: teamSnapshot },
  'team.updated': { topic: Topics.campaignsEvents, schema: teamSnapshot },
  'team.deleted': { topic: Topics.campaignsEvents, schema: z.object({ teamId: id }) },
  'participant.updated': {
    topic: Topics.campaignsEvents,
    schema: z.object({
      participantId: id,
      emailHash: z.string().length(64),
      /** Names of the participant fields that changed, such as firstName or profiles.linkedin. */
      changedFields: z.array(z.string()).min(1),
      updatedAt: timestamp,
    }),
  },
  'participant.merged': {
    topic: Topics.campaignsEvents,
    schema: z.object({
      /** The existing participant that a duplicate record was merged into. */
      participantId: id,
      emailHash: z.string().length(64),
      /** The write path that brought the duplicate record. */
      origin: participantOrigin,
      importId: id.nullable(),
      /** Fields the duplicate filled or changed; empty when it only joined ecosystems. */
      changedFields: z.array(z.string()),
      joinedEcosystemIds: z.array(id),
      mergedAt: timestamp,
    }),
  },
  'participant.left-ecosystem': {
    topic: Topics.campaignsEvents,
    schema: z.object({ participantId: id, ecosystemId: id }),
  },
  'participant-import.finished': {
    topic: Topics.campaignsEvents,
    schema: z.object({
      importId: id,
      ecosystemId: id,
      campaignId: id.nullable(),
      status: z.enum(['completed', 'failed']),
      rowCount: z.number().int().nonnegative(),
      createdCount: z.number().int().nonnegative(),
      mergedCount: z.number().int().nonnegative(),
      rejectedCount: z.number().int().nonnegative(),
      finishedAt: timestamp,
    }),
  },
  'score.changed': {
    topic: Topics.scoringEvents,
    schema: z.object({
      participantId: id,
      campaignId: id,
      campaignPoints: z.number(),
      totalPoints: z.number(),
    }),
  },
  'advocate.level-reached': {
    topic: Topics.scoringEvents,
    schema: z.object({
      participantId: id,
      /** Position in the organization's level ladder; the first level is 1. */
      level: z.number().int().positive(),
      name: z.string().min(1),
      /** Total points of the participant when the level was reached. */
      points: z.number().nonnegative(),
      /** Time of the activity that raised the points to the level. */
      reachedAt: timestamp,
    }),
  },
} satisfies Record<string, { topic: Topic; schema: z.ZodType }>;

export type EventType = keyof typeof eventCatalogue;
export type EventPayload<T extends EventType> = z.infer<(typeof eventCatalogue)[T]['schema']>;

export class InvalidEventError extends Error {
  constructor(
    readonly eventType: string,
    readonly reason: string,
  ) {
    super(`Invalid ${eventType} event: ${reason}`);
    this.name = 'InvalidEventError';
  }
}

export function isEventType(type: string): type is EventType {
  return Object.hasOwn(eventCatalogue, type);
}

/** Validates a payload against the catalogue and returns the parsed copy. */
export function validatePayload<T extends EventType>(type: T, data: unknown): EventPayload<T> {
  const parsed = eventCatalogue[type].schema.safeParse(data);
  if (!parsed.success) {
    const reason = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new InvalidEventError(type, reason);
  }

  return parsed.data as EventPayload<T>;
}

export function topicOf(type: EventType): Topic {
  return eventCatalogue[type].topic;
}
