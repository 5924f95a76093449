import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import {
  DomainError,
  type EntityManager,
  ErrorCode,
  fromMinorUnits,
  paginate,
  ServiceRuntime,
  SortDirection,
  toMinorUnits,
} from '@alg/service-kit';
import { sortProperty } from '../common/ordering.js';
import { blankToNull, likeContains } from '../common/text.js';
import { Ecosystem } from '../ecosystems/ecosystem.entity.js';
import { Interaction } from '../interactions/interaction.entity.js';
import { Team } from '../teams/team.entity.js';
import { Campaign, type CampaignStatus } from './campaign.entity.js';
import { CampaignEvents, type CampaignEventType } from './campaign-events.js';
import { allowedHostsFor, assertSchedule } from './campaign-input.js';
import { assertEditable, assertSchedulable, assertTransition } from './campaign-lifecycle.js';
import type { CampaignListArgs, CreateCampaignInput, ShareTemplateInput, UpdateCampaignInput } from './campaign.model.js';
import { overlapsPeriod } from './campaign-period.js';
import { validateShareKit } from './share-kit.js';
import { ShareTemplate } from './share-template.entity.js';

/** The event each lifecycle move writes; scheduling and unscheduling are updates. */
const eventOfTransition: Record<CampaignStatus, CampaignEventType> = {
  draft: 'campaign.updated',
  scheduled: 'campaign.updated',
  live: 'campaign.launched',
  ended: 'campaign.ended',
};

@Injectable()
export class CampaignService {
  constructor(
    @Inject(ServiceRuntime) private readonly runtime: ServiceRuntime,
    @Inject(CampaignEvents) private readonly events: CampaignEvents,
  ) {}

  async create(organizationId: string, input: CreateCampaignInput): Promise<Campaign> {
    validateShareKit(input.shareKit);
    assertSchedule(input.startsAt, input.endsAt);
    const allowedHosts = allowedHostsFor(input.destinationUrl, input.allowedHosts);
    const currency = input.currency.toUpperCase();
    const costMinor = toMinorUnits(input.cost, currency);
    const name = input.name.trim();
    if (!name) throw DomainError.invalid('name', input.name, 'give the campaign a name.');

    return this.runtime.transactional(async (em) => {
      await this.assertReferences(em, organizationId, input);
      const now = new Date();
      const campaign = em.create(Campaign, {
        id: randomUUID(),
        organizationId,
        name,
        description: blankToNull(input.description),
        teamId: input.teamId ?? null,
        interactionId: input.interactionId,
        ecosystemId: input.ecosystemId,
        outcome: input.outcome,
        status: 'draft',
        startsAt: input.startsAt ?? null,
        endsAt: input.endsAt ?? null,
        costMinor,
        currency,
        activationTarget: input.activationTarget,
        destinationUrl: input.destinationUrl,
        allowedHosts,
        fallbackUrl: input.fallbackUrl ?? null,
        attributionWindowDays: input.attributionWindowDays,
        invitationWindowDays: input.invitationWindowDays,
        registrantEcosystemId: input.registrantEcosystemId ?? null,
        createdAt: now,
        updatedAt: now,
      });
      em.persist(campaign);
      this.persistShareKit(em, campaign, input.shareKit);
      await em.flush();
      await this.events.emit(em, 'campaign.created', campaign);

      return campaign;
    });
  }

  /** Checks that every referenced record exists in the organization. */
  private async assertReferences(
    em: EntityManager,
    organizationId: string,
    refs: { interactionId?: string; ecosystemId?: string; registrantEcosystemId?: string | null; teamId?: string | null },
  ): Promise<void> {
    if (refs.interactionId && !(await em.findOne(Interaction, { id: refs.interactionId, organizationId }))) {
      throw DomainError.notFound('Interaction', refs.interactionId);
    }
    for (const id of [refs.ecosystemId, refs.registrantEcosystemId]) {
      if (id && !(await em.findOne(Ecosystem, { id, organizationId }))) throw DomainError.notFound('Ecosystem', id);
    }
    if (refs.teamId && !(await em.findOne(Team, { id: refs.teamId, organizationId }))) {
      throw DomainError.notFound('Team', refs.teamId);
    }
  }

  private persistShareKit(em: EntityManager, campaign: Campaign, kit: ShareTemplateInput[]): void {
    const positions = new Map<string, number>();
    for (const draft of kit) {
      const position = positions.get(draft.network) ?? 0;
      positions.set(draft.network, position + 1);
      em.persist(
        em.create(ShareTemplate, {
          campaignId: campaign.id,
          network: draft.network,
          position,
          organizationId: campaign.organizationId,
          template: draft.template,
          subject: blankToNull(draft.subject),
        }),
      );
    }
  }

  async update(organizationId: string, id: string, input: UpdateCampaignInput): Promise<Campaign> {
    const fields = Object.keys(input).filter((key) => input[key as keyof UpdateCampaignInput] !== undefined);
    if (fields.length === 0) return this.get(organizationId, id);

    return this.runtime.transactional(async (em) => {
      const campaign = await this.lock(em, organizationId, id);
      assertEditable(campaign, fields);
      await this.assertReferences(em, organizationId, input);
      this.apply(campaign, input);
      campaign.updatedAt = new Date();
      await em.flush();
      await this.events.emit(em, 'campaign.updated', campaign);

      return campaign;
    });
  }

  private apply(campaign: Campaign, input: UpdateCampaignInput): void {
    if (input.name !== undefined) {
      if (!input.name.trim()) throw DomainError.invalid('name', input.name, 'give the campaign a name.');
      campaign.name = input.name.trim();
    }
    if (input.description !== undefined) campaign.description = blankToNull(input.description);
    if (input.teamId !== undefined) campaign.teamId = input.teamId;
    if (input.interactionId) campaign.interactionId = input.interactionId;
    if (input.ecosystemId) campaign.ecosystemId = input.ecosystemId;
    if (input.outcome) campaign.outcome = input.outcome;
    if (input.startsAt !== undefined) campaign.startsAt = input.startsAt;
    if (input.endsAt !== undefined) campaign.endsAt = input.endsAt;
    assertSchedule(campaign.startsAt, campaign.endsAt);
    if (input.currency !== undefined || input.cost !== undefined) {
      // The amount stays in major units when only the currency changes.
      const currency = (input.currency ?? campaign.currency).toUpperCase();
      const cost = input.cost ?? fromMinorUnits(Number(campaign.costMinor), campaign.currency);
      campaign.costMinor = toMinorUnits(cost, currency);
      campaign.currency = currency;
    }
    if (input.activationTarget !== undefined) campaign.activationTarget = input.activationTarget;
    if (input.destinationUrl !== undefined) campaign.destinationUrl = input.destinationUrl;
    if (input.allowedHosts !== undefined || input.destinationUrl !== undefined) {
      campaign.allowedHosts = allowedHostsFor(campaign.destinationUrl, input.allowedHosts ?? campaign.allowedHosts);
    }
    if (input.fallbackUrl !== undefined) campaign.fallbackUrl = input.fallbackUrl;
    if (input.attributionWindowDays !== undefined) campaign.attributionWindowDays = input.attributionWindowDays;
    if (input.invitationWindowDays !== undefined) campaign.invitationWindowDays = input.invitationWindowDays;
    if (input.registrantEcosystemId !== undefined) campaign.registrantEcosystemId = input.registrantEcosystemId;
  }

  /** Replaces the share kit; invitations keep their links and render the new posts. */
  async replaceShareKit(organizationId: string, id: string, kit: ShareTemplateInput[]): Promise<Campaign> {
    validateShareKit(kit);

    return this.runtime.transactional(async (em) => {
      const campaign = await this.lock(em, organizationId, id);
      if (campaign.status === 'ended') {
        throw new DomainError(ErrorCode.invalidState, `Campaign ${id} has ended; its share kit can no longer change.`, {
          status: campaign.status,
        });
      }
      await em.nativeDelete(ShareTemplate, { campaignId: id });
      this.persistShareKit(em, campaign, kit);
      campaign.updatedAt = new Date();
      await em.flush();
      await this.events.emit(em, 'campaign.updated', campaign);

      return campaign;
    });
  }

  /** Deletes a DRAFT campaign with its share kit, booths and completion moments. */
  async delete(organizationId: string, id: string): Promise<Campaign> {
    return this.runtime.transactional(async (em) => {
      const campaign = await this.lock(em, organizationId, id);
      if (campaign.status !== 'draft') {
        throw new DomainError(
          ErrorCode.invalidState,
          `Campaign ${id} is ${campaign.status.toUpperCase()}; only a DRAFT campaign can be deleted, end it instead.`,
          { status: campaign.status },
        );
      }
      await em.execute(`delete from invitation where campaign_id = ?`, [id]);
      await em.execute(`delete from completion where campaign_id = ?`, [id]);
      await em.nativeDelete(ShareTemplate, { campaignId: id });
      em.remove(campaign);
      this.runtime.outbox.add(em, { type: 'campaign.deleted', organizationId, key: id, subject: id, data: { campaignId: id } });

      return campaign;
    });
  }

  async transition(organizationId: string, id: string, to: CampaignStatus, now = new Date()): Promise<Campaign> {
    return this.runtime.transactional(async (em) => {
      const campaign = await this.lock(em, organizationId, id);
      assertTransition(campaign, to);
      if (to === 'scheduled') assertSchedulable(campaign, now);
      campaign.status = to;
      campaign.updatedAt = now;
      if (to === 'live') campaign.launchedAt ??= now;
      if (to === 'ended') campaign.endedAt = now;
      await em.flush();
      await this.events.emit(em, eventOfTransition[to], campaign);
      this.runtime.logger.info({ organizationId, campaignId: id, status: to }, 'campaign status changed');

      return campaign;
    });
  }

  private async lock(em: EntityManager, organizationId: string, id: string): Promise<Campaign> {
    const campaign = await em.findOne(Campaign, { id, organizationId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!campaign) throw DomainError.notFound('Campaign', id);

    return campaign;
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
    const where = () => {
      const filter: Record<string, unknown> = { organizationId, ...overlapsPeriod(args.from, args.to) };
      const statuses = [...(args.statuses ?? []), ...(args.status ? [args.status] : [])];
      if (statuses.length) filter.status = { $in: statuses };
      if (args.ecosystemId) filter.ecosystemId = args.ecosystemId;
      if (args.interactionId) filter.interactionId = args.interactionId;
      if (args.teamIds?.length) filter.teamId = { $in: args.teamIds };
      if (args.outcomes?.length) filter.outcome = { $in: args.outcomes };
      if (args.search) filter.name = { $ilike: likeContains(args.search) };

      return filter;
    };

    return paginate(this.runtime.em(), {
      entity: Campaign,
      where: where as never,
      sortField: sortProperty(args.orderBy?.field ?? 'created_at') as keyof Campaign & string,
      direction: args.orderBy?.direction ?? SortDirection.ASC,
      first: args.first,
      after: args.after,
    });
  }

  shareKit(campaignId: string): Promise<ShareTemplate[]> {
    return this.runtime.em().find(ShareTemplate, { campaignId }, { orderBy: { network: 'asc', position: 'asc' } });
  }

  async counts(campaignId: string): Promise<{ completions: number; invitations: number }> {
    const rows = await this.runtime.em().execute<{ completions: string; invitations: string }[]>(
      `select (select count(*) from completion where campaign_id = ?) as completions,
              (select count(*) from invitation where campaign_id = ?) as invitations`,
      [campaignId, campaignId],
    );

    return { completions: Number(rows[0]!.completions), invitations: Number(rows[0]!.invitations) };
  }
}
