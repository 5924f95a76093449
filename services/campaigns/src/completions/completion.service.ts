import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  type EntityManager,
  emailHash,
  ErrorCode,
  type Network,
  randomBase62,
  ServiceRuntime,
} from '@alg/service-kit';
import { Campaign } from '../campaigns/campaign.entity.js';
import { ShareTemplate } from '../campaigns/share-template.entity.js';
import { Participant } from '../participants/participant.entity.js';
import { ParticipantService } from '../participants/participant.service.js';
import { Completion } from './completion.entity.js';
import type { RecordCompletionInput } from './completion.model.js';
import { Invitation } from './invitation.entity.js';

/** Tracked-link codes are 10 base62 characters from the CSPRNG (about 59.5 bits). */
export const LINK_CODE_LENGTH = 10;

const DAY_MS = 86_400_000;

export interface RecordedCompletion {
  completion: Completion;
  invitation: Invitation | null;
  created: boolean;
}

@Injectable()
export class CompletionService {
  constructor(
    @Inject(ServiceRuntime) private readonly runtime: ServiceRuntime,
    @Inject(ParticipantService) private readonly participants: ParticipantService,
  ) {}

  /**
   * Records a completion moment. The person becomes a participant of the
   * campaign's ecosystem when unknown, and gets an invitation when the
   * campaign is live, the moment is within its invitation window, and they
   * were not invited to this campaign before.
   */
  async record(organizationId: string, input: RecordCompletionInput): Promise<RecordedCompletion> {
    const occurredAt = input.occurredAt ?? new Date();
    if (occurredAt.getTime() > Date.now() + 5 * 60_000) {
      throw DomainError.invalid('occurredAt', occurredAt.toISOString(), 'a completion cannot be in the future.');
    }

    return this.runtime.transactional(async (em) => {
      const campaign = await em.findOne(Campaign, { id: input.campaignId, organizationId });
      if (!campaign) throw DomainError.notFound('Campaign', input.campaignId);
      if (input.externalId) {
        const earlier = await em.findOne(Completion, {
          organizationId,
          campaignId: campaign.id,
          externalId: input.externalId,
        });
        if (earlier) {
          const invitation = await em.findOne(Invitation, { campaignId: campaign.id, participantId: earlier.participantId });

          return { completion: earlier, invitation, created: false };
        }
      }

      const { participantId } = await this.participants.upsert(
        em,
        organizationId,
        input,
        [campaign.ecosystemId],
        { origin: 'completion' },
      );
      const completion = em.create(Completion, {
        id: randomUUID(),
        organizationId,
        campaignId: campaign.id,
        participantId,
        kind: input.kind,
        externalId: input.externalId,
        occurredAt,
        recordedAt: new Date(),
      });
      em.persist(completion);
      await em.flush();
      this.runtime.outbox.add(em, {
        type: 'completion.recorded',
        organizationId,
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
      const invitation = await this.invite(em, campaign, participantId, completion);

      return { completion, invitation, created: true };
    });
  }

  private async invite(
    em: EntityManager,
    campaign: Campaign,
    participantId: string,
    completion: Completion,
  ): Promise<Invitation | null> {
    const existing = await em.findOne(Invitation, { campaignId: campaign.id, participantId });
    if (existing) return existing;
    if (campaign.status !== 'live') return null;
    const ageDays = (Date.now() - completion.occurredAt.getTime()) / DAY_MS;
    if (ageDays > campaign.invitationWindowDays) return null;

    const templates = await em.find(ShareTemplate, { campaignId: campaign.id });
    if (templates.length === 0) {
      throw new DomainError(ErrorCode.invalidState, `Campaign ${campaign.id} has no share kit to invite with.`);
    }
    const linkCodes: Partial<Record<Network, string>> = {};
    for (const template of templates) linkCodes[template.network] = randomBase62(LINK_CODE_LENGTH);
    const invitation = em.create(Invitation, {
      id: randomUUID(),
      organizationId: campaign.organizationId,
      campaignId: campaign.id,
      participantId,
      completionId: completion.id,
      linkCodes,
      invitedAt: new Date(),
    });
    em.persist(invitation);
    await em.flush();

    const participant = await em.findOneOrFail(Participant, { id: participantId });
    this.runtime.outbox.add(em, {
      type: 'invitation.created',
      organizationId: campaign.organizationId,
      key: participantId,
      subject: invitation.id,
      data: {
        invitationId: invitation.id,
        campaignId: campaign.id,
        participantId,
        emailHash: emailHash(participant.email),
        links: Object.entries(linkCodes).map(([network, code]) => ({ network: network as Network, code: code! })),
        invitedAt: invitation.invitedAt.toISOString(),
      },
    });

    return invitation;
  }

  findInvitation(organizationId: string, id: string): Promise<Invitation | null> {
    return this.runtime.em().findOne(Invitation, { id, organizationId });
  }

  async getInvitation(organizationId: string, id: string): Promise<Invitation> {
    const invitation = await this.runtime.em().findOne(Invitation, { id, organizationId });
    if (!invitation) throw DomainError.notFound('Invitation', id);

    return invitation;
  }
}
