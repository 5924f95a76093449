import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  type EntityManager,
  emailHash,
  ErrorCode,
  type Network,
  paginate,
  randomBase62,
  ServiceRuntime,
  SortDirection,
} from '@alg/service-kit';
import type { Campaign } from '../campaigns/campaign.entity.js';
import { ShareTemplate } from '../campaigns/share-template.entity.js';
import { Participant } from '../participants/participant.entity.js';
import type { Completion } from './completion.entity.js';
import { Invitation } from './invitation.entity.js';

/** Tracked-link codes are 10 base62 characters from the CSPRNG (about 59.5 bits). */
export const LINK_CODE_LENGTH = 10;
/** Share-page tokens are 22 base62 characters (about 131 bits). */
export const SHARE_TOKEN_LENGTH = 22;

const DAY_MS = 86_400_000;

export const notInvitedReasons = ['campaign_not_live', 'outside_window', 'no_contact_consent', 'erased'] as const;
export type NotInvitedReason = (typeof notInvitedReasons)[number];

export type InviteOutcome = { invitation: Invitation; reason: null } | { invitation: null; reason: NotInvitedReason };

/** Returns why a moment leads to no invitation, or null when it leads to one. */
export function notInvitedReason(
  campaign: Pick<Campaign, 'status' | 'invitationWindowDays'>,
  participant: Pick<Participant, 'consentContact' | 'erasedAt'>,
  occurredAt: Date,
  now: Date,
): NotInvitedReason | null {
  if (participant.erasedAt) return 'erased';
  if (campaign.status !== 'live') return 'campaign_not_live';
  if ((now.getTime() - occurredAt.getTime()) / DAY_MS > campaign.invitationWindowDays) return 'outside_window';
  if (!participant.consentContact) return 'no_contact_consent';

  return null;
}

@Injectable()
export class InvitationService {
  constructor(@Inject(ServiceRuntime) private readonly runtime: ServiceRuntime) {}

  /**
   * Invites the participant of a completion moment once per campaign: an
   * earlier invitation is returned as it is. The unique index on (campaign,
   * participant) holds under concurrent moments, because the caller has
   * locked the participant row.
   */
  async invite(em: EntityManager, campaign: Campaign, participantId: string, completion: Completion): Promise<InviteOutcome> {
    const existing = await em.findOne(Invitation, { campaignId: campaign.id, participantId });
    if (existing) return { invitation: existing, reason: null };
    const participant = await em.findOneOrFail(Participant, { id: participantId });
    const reason = notInvitedReason(campaign, participant, completion.occurredAt, new Date());
    if (reason) return { invitation: null, reason };

    const templates = await em.find(ShareTemplate, { campaignId: campaign.id });
    if (templates.length === 0) {
      throw new DomainError(ErrorCode.invalidState, `Campaign ${campaign.id} has no share kit to invite with.`);
    }
    const linkCodes: Partial<Record<Network, string>> = {};
    for (const template of templates) linkCodes[template.network] ??= randomBase62(LINK_CODE_LENGTH);
    const invitation = em.create(Invitation, {
      id: randomUUID(),
      organizationId: campaign.organizationId,
      campaignId: campaign.id,
      participantId,
      completionId: completion.id,
      linkCodes,
      shareToken: randomBase62(SHARE_TOKEN_LENGTH),
      invitedAt: new Date(),
    });
    em.persist(invitation);
    await em.flush();
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
        links: Object.entries(linkCodes).map(([network, code]) => ({
          network: network as Network,
          code: code!,
          networkSize: participant.profiles?.[network as Network]?.size ?? null,
        })),
        invitedAt: invitation.invitedAt.toISOString(),
      },
    });

    return { invitation, reason: null };
  }

  findInvitation(organizationId: string, id: string): Promise<Invitation | null> {
    return this.runtime.em().findOne(Invitation, { id, organizationId });
  }

  async getInvitation(organizationId: string, id: string): Promise<Invitation> {
    const invitation = await this.runtime.em().findOne(Invitation, { id, organizationId });
    if (!invitation) throw DomainError.notFound('Invitation', id);

    return invitation;
  }

  list(organizationId: string, args: { campaignId?: string; participantId?: string; first?: number; after?: string; direction?: SortDirection }) {
    const where: Record<string, unknown> = { organizationId };
    if (args.campaignId) where.campaignId = args.campaignId;
    if (args.participantId) where.participantId = args.participantId;

    return paginate(this.runtime.em(), {
      entity: Invitation,
      where,
      sortField: 'invitedAt',
      direction: args.direction ?? SortDirection.ASC,
      first: args.first,
      after: args.after,
    });
  }
}
