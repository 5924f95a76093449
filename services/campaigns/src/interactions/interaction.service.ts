import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DomainError, paginate, ServiceRuntime, SortDirection } from '@alg/service-kit';
import { assertTimeZone } from '../common/time-zone.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { Interaction } from './interaction.entity.js';
import type { CreateInteractionInput, InteractionListArgs } from './interaction.model.js';

@Injectable()
export class InteractionService {
  constructor(
    @Inject(ServiceRuntime) private readonly runtime: ServiceRuntime,
    @Inject(OrganizationService) private readonly organizations: OrganizationService,
  ) {}

  async create(organizationId: string, input: CreateInteractionInput): Promise<Interaction> {
    if (input.kind === 'event' && !input.venue) {
      throw DomainError.invalid('venue', null, 'an event needs a venue: VIRTUAL, PHYSICAL or HYBRID.');
    }
    if (input.kind !== 'event' && input.venue) {
      throw DomainError.invalid('venue', input.venue, 'only events have a venue.');
    }
    if (input.startsAt && input.endsAt && input.endsAt < input.startsAt) {
      throw DomainError.invalid('endsAt', input.endsAt.toISOString(), 'the end must not be before the start.');
    }
    const timeZone = assertTimeZone(input.timeZone ?? (await this.organizations.get(organizationId)).timeZone);

    return this.runtime.transactional(async (em) => {
      const interaction = em.create(Interaction, {
        id: randomUUID(),
        organizationId,
        name: input.name.trim(),
        kind: input.kind,
        venue: input.venue,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        timeZone,
        createdAt: new Date(),
      });
      em.persist(interaction);

      return interaction;
    });
  }

  async get(organizationId: string, id: string): Promise<Interaction> {
    const interaction = await this.runtime.em().findOne(Interaction, { id, organizationId });
    if (!interaction) throw DomainError.notFound('Interaction', id);

    return interaction;
  }

  list(organizationId: string, args: InteractionListArgs) {
    return paginate(this.runtime.em(), {
      entity: Interaction,
      where: { organizationId },
      sortField: 'createdAt',
      direction: SortDirection.ASC,
      first: args.first,
      after: args.after,
    });
  }
}
