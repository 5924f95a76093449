import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DomainError, type EntityManager, paginate, ServiceRuntime, SortDirection } from '@alg/service-kit';
import { Campaign } from '../campaigns/campaign.entity.js';
import { ParticipantService } from '../participants/participant.service.js';
import type { PersonInput } from '../participants/person.js';
import { Completion, type CompletionKind, type CompletionSource } from './completion.entity.js';
import { Invitation } from './invitation.entity.js';
import { InvitationService, type NotInvitedReason } from './invitation.service.js';

/** Moments may be stamped a little ahead of this server's clock. */
const CLOCK_SKEW_MS = 5 * 60_000;

export interface CompletionMoment {
  campaignId: string;
  person: PersonInput;
  kind: CompletionKind;
  occurredAt?: Date | null;
  externalId?: string | null;
  source: CompletionSource;
  boothId?: string | null;
  importId?: string | null;
}

export interface RecordedCompletion {
  completion: Completion;
  invitation: Invitation | null;
  notInvitedReason: NotInvitedReason | null;
  created: boolean;
}

export function assertOccurredAt(occurredAt: Date, now = new Date()): void {
  if (occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw DomainError.invalid('occurredAt', occurredAt.toISOString(), 'a completion moment cannot be in the future.');
  }
}

@Injectable()
export class CompletionService {
  constructor(
    @Inject(ServiceRuntime) private readonly runtime: ServiceRuntime,
    @Inject(ParticipantService) private readonly participants: ParticipantService,
    @Inject(InvitationService) private readonly invitations: InvitationService,
  ) {}

  /**
   * Records a completion moment. The person becomes a participant of the
   * campaign's ecosystem when unknown, and is invited when the campaign is
   * live, the moment is within its invitation window, they may be
   * contacted, and they were not invited to this campaign before.
   */
  async record(organizationId: string, moment: CompletionMoment): Promise<RecordedCompletion> {
    if (moment.occurredAt) assertOccurredAt(moment.occurredAt);

    return this.runtime.transactional((em) => this.recordIn(em, organizationId, moment));
  }

  async recordIn(em: EntityManager, organizationId: string, moment: CompletionMoment): Promise<RecordedCompletion> {
    const campaign = await this.campaign(em, organizationId, moment.campaignId);
    const earlier = await this.earlier(em, campaign, moment.externalId);
    if (earlier) return earlier;
    const { participantId } = await this.participants.upsert(em, organizationId, moment.person, [campaign.ecosystemId], {
      origin: 'completion',
      sourceCampaignId: null,
    });

    return this.recordFor(em, campaign, participantId, moment);
  }

  async campaign(em: EntityManager, organizationId: string, campaignId: string): Promise<Campaign> {
    const campaign = await em.findOne(Campaign, { id: campaignId, organizationId });
    if (!campaign) throw DomainError.notFound('Campaign', campaignId);

    return campaign;
  }

  /** Finds the moment recorded before under the same sender id, with its invitation. */
  async earlier(em: EntityManager, campaign: Campaign, externalId?: string | null): Promise<RecordedCompletion | null> {
    if (!externalId) return null;
    const completion = await em.findOne(Completion, { campaignId: campaign.id, externalId });
    if (!completion) return null;
    const invitation = await em.findOne(Invitation, { campaignId: campaign.id, participantId: completion.participantId });

    return { completion, invitation, notInvitedReason: null, created: false };
  }

  /** Records the moment of a known participant and invites them when the campaign allows it. */
  async recordFor(em: EntityManager, campaign: Campaign, participantId: string, moment: CompletionMoment): Promise<RecordedCompletion> {
    const occurredAt = moment.occurredAt ?? new Date();
    const completion = em.create(Completion, {
      id: randomUUID(),
      organizationId: campaign.organizationId,
      campaignId: campaign.id,
      participantId,
      kind: moment.kind,
      source: moment.source,
      externalId: moment.externalId ?? null,
      boothId: moment.boothId ?? null,
      importId: moment.importId ?? null,
      occurredAt,
      recordedAt: new Date(),
    });
    em.persist(completion);
    await em.flush();
    this.runtime.outbox.add(em, {
      type: 'completion.recorded',
      organizationId: campaign.organizationId,
      key: participantId,
      subject: completion.id,
      data: {
        completionId: completion.id,
        campaignId: campaign.id,
        participantId,
        kind: completion.kind,
        occurredAt: occurredAt.toISOString(),
      },
    });
    const outcome = await this.invitations.invite(em, campaign, participantId, completion);

    return { completion, invitation: outcome.invitation, notInvitedReason: outcome.reason, created: true };
  }

  list(organizationId: string, args: { campaignId?: string; participantId?: string; kinds?: CompletionKind[]; first?: number; after?: string; direction?: SortDirection }) {
    const where: Record<string, unknown> = { organizationId };
    if (args.campaignId) where.campaignId = args.campaignId;
    if (args.participantId) where.participantId = args.participantId;
    if (args.kinds?.length) where.kind = { $in: args.kinds };

    return paginate(this.runtime.em(), {
      entity: Completion,
      where,
      sortField: 'occurredAt',
      direction: args.direction ?? SortDirection.DESC,
      first: args.first,
      after: args.after,
    });
  }
}
