import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager, type EventPayload, ServiceRuntime } from '@alg/service-kit';
import { Ecosystem } from '../ecosystems/ecosystem.entity.js';
import { Interaction } from '../interactions/interaction.entity.js';
import type { Campaign } from './campaign.entity.js';

export type CampaignEventType = 'campaign.created' | 'campaign.updated' | 'campaign.launched' | 'campaign.ended';

/** Writes campaign events, each with the full campaign snapshot that tracking projects. */
@Injectable()
export class CampaignEvents {
  constructor(@Inject(ServiceRuntime) private readonly runtime: ServiceRuntime) {}

  async snapshot(em: EntityManager, campaign: Campaign): Promise<EventPayload<'campaign.created'>> {
    const interaction = await em.findOneOrFail(Interaction, { id: campaign.interactionId });
    const ecosystem = await em.findOneOrFail(Ecosystem, { id: campaign.ecosystemId });

    return {
      campaignId: campaign.id,
      name: campaign.name,
      status: campaign.status,
      ecosystemId: campaign.ecosystemId,
      ecosystemKind: ecosystem.kind,
      interactionId: campaign.interactionId,
      interactionKind: interaction.kind,
      outcome: campaign.outcome,
      costMinor: Number(campaign.costMinor),
      currency: campaign.currency,
      activationTarget: campaign.activationTarget,
      destinationUrl: campaign.destinationUrl,
      allowedHosts: campaign.allowedHosts,
      fallbackUrl: campaign.fallbackUrl ?? null,
      attributionWindowDays: campaign.attributionWindowDays,
      timeZone: interaction.timeZone,
      registrantEcosystemId: campaign.registrantEcosystemId ?? null,
      teamId: campaign.teamId ?? null,
      startsAt: campaign.startsAt?.toISOString() ?? null,
      endsAt: campaign.endsAt?.toISOString() ?? null,
      invitationWindowDays: campaign.invitationWindowDays,
    };
  }

  async emit(em: EntityManager, type: CampaignEventType, campaign: Campaign): Promise<void> {
    this.runtime.outbox.add(em, {
      type,
      organizationId: campaign.organizationId,
      key: campaign.id,
      subject: campaign.id,
      data: await this.snapshot(em, campaign),
    });
  }
}
