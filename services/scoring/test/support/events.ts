/**
 * Builders of catalogued events for the scoring tests, one organization
 * per builder, with times on a fixed timeline.
 */
import { randomUUID } from 'node:crypto';
import { type CloudEvent, createCloudEvent, emailHash, migrate, type ServiceRuntime } from '@alg/service-kit';
import { createRuntime } from '../../src/runtime.js';

export const databaseUrl = `postgres://postgres@127.0.0.1:5432/${process.env.ALG_TEST_DATABASE ?? 'alg_test'}`;

/** Creates a runtime on a fresh, migrated schema of its own. */
export async function testRuntime(name: string): Promise<ServiceRuntime> {
  const schema = `scoring_${name}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6).toString(36)}`;
  const runtime = createRuntime({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' }, schema);
  await migrate(runtime.orm, schema, runtime.logger);

  return runtime;
}

export async function dropRuntime(runtime: ServiceRuntime): Promise<void> {
  await runtime.orm.em.fork().execute(`drop schema if exists "${runtime.schema}" cascade`);
  await runtime.close();
}

export class EventBuilder {
  readonly organizationId = randomUUID();
  readonly ecosystemId = randomUUID();
  private clock: number;

  constructor(start = '2026-03-02T15:00:00Z') {
    this.clock = Date.parse(start);
  }

  /** Advances the timeline by `minutes` and returns the new instant. */
  at(minutes = 1): Date {
    this.clock += minutes * 60_000;

    return new Date(this.clock);
  }

  event(type: string, data: unknown, time: Date = this.at()): CloudEvent {
    return createCloudEvent({ source: '/test', type, organizationId: this.organizationId, data, time });
  }

  organization(timeZone = 'America/New_York'): CloudEvent {
    return this.event('organization.created', { organizationId: this.organizationId, name: 'Test organization', timeZone });
  }

  campaign(type: 'campaign.created' | 'campaign.launched' | 'campaign.ended', campaignId: string, overrides: Record<string, unknown> = {}): CloudEvent {
    const statuses = { 'campaign.created': 'draft', 'campaign.launched': 'live', 'campaign.ended': 'ended' };

    return this.event(type, {
      campaignId,
      name: 'Test campaign',
      status: statuses[type],
      ecosystemId: this.ecosystemId,
      ecosystemKind: 'event_attendees',
      interactionId: randomUUID(),
      interactionKind: 'event',
      outcome: 'event_registration',
      costMinor: 120_000,
      currency: 'USD',
      activationTarget: 0.2,
      destinationUrl: 'https://events.example.com/',
      allowedHosts: [],
      fallbackUrl: null,
      attributionWindowDays: 30,
      timeZone: 'America/New_York',
      registrantEcosystemId: null,
      ...overrides,
    });
  }

  participant(participantId: string, overrides: Record<string, unknown> = {}): CloudEvent {
    const time = this.at();

    return this.event(
      'participant.created',
      {
        participantId,
        emailHash: emailHash(`${participantId}@example.com`),
        ecosystemIds: [this.ecosystemId],
        origin: 'import',
        sourceCampaignId: null,
        sourceAdvocateId: null,
        createdAt: time.toISOString(),
        ...overrides,
      },
      time,
    );
  }

  invitation(campaignId: string, participantId: string, time: Date = this.at()): CloudEvent {
    return this.event(
      'invitation.created',
      {
        invitationId: randomUUID(),
        campaignId,
        participantId,
        emailHash: 'a'.repeat(64),
        links: [
          { network: 'linkedin', code: randomUUID().slice(0, 10) },
          { network: 'x', code: randomUUID().slice(0, 10) },
        ],
        invitedAt: time.toISOString(),
      },
      time,
    );
  }

  share(campaignId: string, participantId: string, network: string, networkSize: number, time: Date = this.at()): CloudEvent {
    return this.event(
      'share.recorded',
      { shareId: randomUUID(), campaignId, participantId, network, networkSize, sharedAt: time.toISOString() },
      time,
    );
  }

  click(
    campaignId: string,
    participantId: string,
    visitor: string,
    classification: 'human' | 'preview' | 'bot' | 'self' = 'human',
    unique = classification === 'human',
    network = 'linkedin',
    time: Date = this.at(),
  ): CloudEvent {
    return this.event(
      'click.recorded',
      {
        clickId: randomUUID().replaceAll('-', ''),
        campaignId,
        participantId,
        network,
        classification,
        unique,
        visitorHash: visitor.padEnd(64, '0'),
        clickedAt: time.toISOString(),
      },
      time,
    );
  }

  conversion(
    campaignId: string,
    advocateId: string,
    overrides: { kind?: string; email?: string | null; credited?: boolean; selfReferral?: boolean; valueMinor?: number } = {},
    time: Date = this.at(),
  ): CloudEvent {
    return this.event(
      'conversion.recorded',
      {
        conversionId: randomUUID(),
        campaignId,
        advocateId,
        kind: overrides.kind ?? 'registration',
        valueMinor: overrides.valueMinor ?? 0,
        email: overrides.email === undefined ? `${randomUUID()}@example.org` : overrides.email,
        name: null,
        credited: overrides.credited ?? true,
        selfReferral: overrides.selfReferral ?? false,
        convertedAt: time.toISOString(),
      },
      time,
    );
  }

  consent(participantId: string, contact: boolean): CloudEvent {
    const time = this.at();

    return this.event('participant.consent-changed', { participantId, contact, partnerSharing: false, changedAt: time.toISOString() }, time);
  }

  erased(participantId: string, emailHash?: string): CloudEvent {
    return this.event('participant.erased', emailHash ? { participantId, emailHash } : { participantId });
  }
}
