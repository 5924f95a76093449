import { randomUUID } from 'node:crypto';
import { domainToASCII } from 'node:url';
import { Inject, Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import {
  DomainError,
  toMinorUnits,
  type EntityManager,
  ErrorCode,
  type EventPayload,
  paginate,
  ServiceRuntime,
  SortDirection,
} from '@alg/service-kit';

import { Ecosystem } from '../ecosystems/ecosystem.entity.js';
import { Interaction } from '../interactions/interaction.entity.js';
import { Campaign, type CampaignStatus } from './campaign.entity.js';
import type { CampaignListArgs, CreateCampaignInput } from './campaign.model.js';
import { validateTemplate } from './share-kit.js';
import { ShareTemplate } from './share-template.entity.js';

/** Lifecycle moves a campaign may make. */
const transitions: Record<CampaignStatus, CampaignStatus[]> = {
  draft: ['scheduled', 'live'],
  scheduled: ['live', 'draft'],
  live: ['ended'],
  ended: [],
};

type CampaignEventType = 'campaign.created' | 'campaign.updated' | 'campaign.launched' | 'campaign.ended';

function normalizeHost(host: string): string {
  const ascii = domainToASCII(host.trim().toLowerCase());
  if (!ascii || !/^[a-z0-9.-]+(:\d+)?$/.test(ascii)) {
    throw DomainError.invalid('allowedHosts', host, 'give a host name such as events.example.com.');
  }

  return ascii;
}

@Injectable()
export class CampaignService {
  constructor(@Inject(ServiceRuntime) private readonly runtime: ServiceRuntime) {}

  async create(organizationId: string, input: CreateCampaignInput): Promise<Campaign> {
    const networks = input.shareKit.map((template) => template.network);
    if (new Set(networks).size !== networks.length) {
      throw DomainError.invalid('shareKit', networks.join(','), 'give at most one template per network.');
    }
    for (const template of input.shareKit) validateTemplate(template.network, template.template);
    const destinationHost = normalizeHost(new URL(input.destinationUrl).host);
    const allowedHosts = [...new Set(input.allowedHosts.map(normalizeHost))].filter(
      (host) => host !== destinationHost,
    );
    const currency = input.currency.toUpperCase();
    const costMinor = toMinorUnits(input.cost, currency);

    return this.runtime.transactional(async (em) => {
      const interaction = await em.findOne(Interaction, { id: input.interactionId, organizationId });
      if (!interaction) throw DomainError.notFound('Interaction', input.interactionId);
      const ecosystem = await em.findOne(Ecosystem, { id: input.ecosystemId, organizationId });
      if (!ecosystem) throw DomainError.notFound('Ecosystem', input.ecosystemId);
      if (input.registrantEcosystemId) {
        const registrants = await em.findOne(Ecosystem, { id: input.registrantEcosystemId, organizationId });
        if (!registrants) throw DomainError.notFound('Ecosystem', input.registrantEcosystemId);
      }

      const now = new Date();
      const campaign = em.create(Campaign, {
        id: randomUUID(),
        organizationId,
        name: input.name.trim(),
        interactionId: interaction.id,
        ecosystemId: ecosystem.id,
        outcome: input.outcome,
        status: 'draft',
        costMinor,
        currency,
        activationTarget: input.activationTarget,
        destinationUrl: input.destinationUrl,
        allowedHosts,
        fallbackUrl: input.fallbackUrl,
        attributionWindowDays: input.attributionWindowDays,
        invitationWindowDays: input.invitationWindowDays,
        registrantEcosystemId: input.registrantEcosystemId,
        createdAt: now,
        updatedAt: now,
      });
      em.persist(campaign);
      for (const template of input.shareKit) {
        em.persist(
          em.create(ShareTemplate, {
            campaignId: campaign.id,
            network: template.network,
            organizationId,
            template: template.template,
          }),
        );
      }
      await em.flush();
      await this.emit(em, 'campaign.created', campaign);

      return campaign;
    });
  }

  async transition(organizationId: string, id: string, to: CampaignStatus): Promise<Campaign> {
    return this.runtime.transactional(async (em) => {
      const campaign = await em.findOne(Campaign, { id, organizationId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!campaign) throw DomainError.notFound('Campaign', id);
      if (!transitions[campaign.status].includes(to)) {
        throw new DomainError(
          ErrorCode.invalidState,
          `Campaign ${id} is ${campaign.status.toUpperCase()} and cannot become ${to.toUpperCase()}; allowed: ${
            transitions[campaign.status].map((status) => status.toUpperCase()).join(', ') || 'none'
          }.`,
          { status: campaign.status },
        );
      }
      const now = new Date();
      campaign.status = to;
      campaign.updatedAt = now;
      if (to === 'live') campaign.launchedAt ??= now;
      if (to === 'ended') campaign.endedAt = now;
      await em.flush();
      const type: CampaignEventType =
        to === 'live' ? 'campaign.launched' : to === 'ended' ? 'campaign.ended' : 'campaign.updated';
      await this.emit(em, type, campaign);
      this.runtime.logger.info({ organizationId, campaignId: id, status: to }, 'campaign status changed');

      return campaign;
    });
  }

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
    };
  }

  private async emit(em: EntityManager, type: CampaignEventType, campaign: Campaign): Promise<void> {
    this.runtime.outbox.add(em, {
      type,
      organizationId: campaign.organizationId,
      key: campaign.id,
      subject: campaign.id,
      data: await this.snapshot(em, campaign),
    });
  }

  async get(organizationId: string, id: string, em = this.runtime.em()): Promise<Campaign> {
    const campaign = await em.findOne(Campaign, { id, organizationId });
    if (!campaign) throw DomainError.notFound('Campaign', id);

    return campaign;
  }

  async findMany(organizationId: string, ids: string[]): Promise<Campaign[]> {
    return this.runtime.em().find(Campaign, { id: { $in: ids }, organizationId });
  }

  list(organizationId: string, args: CampaignListArgs) {
    const where: Record<string, unknown> = { organizationId };
    if (args.status) where.status = args.status;
    if (args.ecosystemId) where.ecosystemId = args.ecosystemId;

    return paginate(this.runtime.em(), {
      entity: Campaign,
      where,
      sortField: 'createdAt',
      direction: SortDirection.ASC,
      first: args.first,
      after: args.after,
    });
  }

  shareKit(campaignId: string): Promise<ShareTemplate[]> {
    return this.runtime.em().find(ShareTemplate, { campaignId }, { orderBy: { network: 'asc' } });
  }
}
