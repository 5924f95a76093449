import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DomainError, type EntityManager, ErrorCode, paginate, ServiceRuntime, SortDirection } from '@alg/service-kit';
import { Campaign } from '../campaigns/campaign.entity.js';
import { CampaignEvents } from '../campaigns/campaign-events.js';
import { sortProperty } from '../common/ordering.js';
import { blankToNull, likeContains } from '../common/text.js';
import { assertTimeZone } from '../common/time-zone.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { Interaction } from './interaction.entity.js';
import type { CreateInteractionInput, InteractionListArgs, UpdateInteractionInput } from './interaction.model.js';

/** Only events have a venue, and every event has one; a schedule ends after it starts. */
export function assertInteraction(interaction: Pick<Interaction, 'kind' | 'venue' | 'startsAt' | 'endsAt' | 'name'>): void {
  if (!interaction.name.trim()) throw DomainError.invalid('name', interaction.name, 'give the interaction a name.');
  if (interaction.kind === 'event' && !interaction.venue) {
    throw DomainError.invalid('venue', null, 'an EVENT needs a venue: VIRTUAL, PHYSICAL or HYBRID.');
  }
  if (interaction.kind !== 'event' && interaction.venue) {
    throw DomainError.invalid('venue', interaction.venue, `only events have a venue; a ${interaction.kind.toUpperCase()} has none.`);
  }
  if (interaction.startsAt && interaction.endsAt && interaction.endsAt < interaction.startsAt) {
    throw DomainError.invalid('endsAt', interaction.endsAt.toISOString(), 'the end must not be before the start.');
  }
}

@Injectable()
export class InteractionService {
  constructor(
    @Inject(ServiceRuntime) private readonly runtime: ServiceRuntime,
    @Inject(OrganizationService) private readonly organizations: OrganizationService,
    @Inject(CampaignEvents) private readonly campaignEvents: CampaignEvents,
  ) {}

  async create(organizationId: string, input: CreateInteractionInput): Promise<Interaction> {
    const timeZone = assertTimeZone(input.timeZone ?? (await this.organizations.get(organizationId)).timeZone);
    const now = new Date();
    const fields = {
      name: input.name.trim(),
      kind: input.kind,
      venue: input.venue ?? null,
      startsAt: input.startsAt ?? null,
      endsAt: input.endsAt ?? null,
    };
    assertInteraction(fields);

    return this.runtime.transactional(async (em) => {
      const interaction = em.create(Interaction, {
        id: randomUUID(),
        organizationId,
        ...fields,
        timeZone,
        description: blankToNull(input.description),
        location: blankToNull(input.location),
        createdAt: now,
        updatedAt: now,
      });
      em.persist(interaction);
      this.emit(em, 'interaction.created', interaction);

      return interaction;
    });
  }

  async update(organizationId: string, id: string, input: UpdateInteractionInput): Promise<Interaction> {
    if (input.timeZone !== undefined) assertTimeZone(input.timeZone);

    return this.runtime.transactional(async (em) => {
      const interaction = await this.get(organizationId, id, em);
      const before = { kind: interaction.kind, timeZone: interaction.timeZone };
      if (input.name !== undefined) interaction.name = input.name.trim();
      if (input.kind !== undefined) interaction.kind = input.kind;
      if (input.venue !== undefined) interaction.venue = input.venue;
      if (input.startsAt !== undefined) interaction.startsAt = input.startsAt;
      if (input.endsAt !== undefined) interaction.endsAt = input.endsAt;
      if (input.timeZone !== undefined) interaction.timeZone = input.timeZone;
      if (input.description !== undefined) interaction.description = blankToNull(input.description);
      if (input.location !== undefined) interaction.location = blankToNull(input.location);
      assertInteraction(interaction);
      interaction.updatedAt = new Date();
      await em.flush();
      this.emit(em, 'interaction.updated', interaction);
      // Campaign snapshots carry the interaction kind and time zone, which tracking projects.
      if (interaction.kind !== before.kind || interaction.timeZone !== before.timeZone) {
        for (const campaign of await em.find(Campaign, { organizationId, interactionId: id })) {
          await this.campaignEvents.emit(em, 'campaign.updated', campaign);
        }
      }

      return interaction;
    });
  }

  async delete(organizationId: string, id: string): Promise<Interaction> {
    return this.runtime.transactional(async (em) => {
      const interaction = await this.get(organizationId, id, em);
      const used = await em.count(Campaign, { organizationId, interactionId: id });
      if (used > 0) {
        throw new DomainError(
          ErrorCode.invalidState,
          `Interaction ${id} is used by ${used} campaign(s); delete or change those campaigns first.`,
          { interactionId: id, campaignCount: used },
        );
      }
      em.remove(interaction);
      this.runtime.outbox.add(em, { type: 'interaction.deleted', organizationId, key: id, data: { interactionId: id } });

      return interaction;
    });
  }

  private emit(em: EntityManager, type: 'interaction.created' | 'interaction.updated', interaction: Interaction): void {
    this.runtime.outbox.add(em, {
      type,
      organizationId: interaction.organizationId,
      key: interaction.id,
      data: {
        interactionId: interaction.id,
        name: interaction.name,
        kind: interaction.kind,
        venue: interaction.venue ?? null,
        startsAt: interaction.startsAt?.toISOString() ?? null,
        endsAt: interaction.endsAt?.toISOString() ?? null,
        timeZone: interaction.timeZone,
      },
    });
  }

  async get(organizationId: string, id: string, em = this.runtime.em()): Promise<Interaction> {
    const interaction = await em.findOne(Interaction, { id, organizationId });
    if (!interaction) throw DomainError.notFound('Interaction', id);

    return interaction;
  }

  list(organizationId: string, args: InteractionListArgs) {
    const where: Record<string, unknown>[] = [{ organizationId }];
    if (args.kinds?.length) where.push({ kind: { $in: args.kinds } });
    if (args.search) where.push({ name: { $ilike: likeContains(args.search) } });
    if (args.from) where.push({ $or: [{ endsAt: null }, { endsAt: { $gte: args.from } }] });
    if (args.to) where.push({ $or: [{ startsAt: null }, { startsAt: { $lt: args.to } }] });

    return paginate(this.runtime.em(), {
      entity: Interaction,
      where: { $and: where } as never,
      sortField: sortProperty(args.orderBy?.field ?? 'created_at') as keyof Interaction & string,
      direction: args.orderBy?.direction ?? SortDirection.ASC,
      first: args.first,
      after: args.after,
    });
  }
}
