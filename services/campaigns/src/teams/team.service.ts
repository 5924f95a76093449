import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { DomainError, type EntityManager, ErrorCode, paginate, ServiceRuntime, SortDirection } from '@alg/service-kit';
import { sortProperty } from '../common/ordering.js';
import { blankToNull, likeContains } from '../common/text.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { CampaignEvents } from '../campaigns/campaign-events.js';
import { Team } from './team.entity.js';
import type { CreateTeamInput, TeamListArgs, UpdateTeamInput } from './team.model.js';

function duplicateName(name: string): DomainError {
  return new DomainError(ErrorCode.conflict, `A team named ${JSON.stringify(name)} already exists; choose another name.`, {
    field: 'name',
  });
}

@Injectable()
export class TeamService {
  constructor(
    @Inject(ServiceRuntime) private readonly runtime: ServiceRuntime,
    @Inject(CampaignEvents) private readonly campaignEvents: CampaignEvents,
  ) {}

  async create(organizationId: string, input: CreateTeamInput): Promise<Team> {
    const name = input.name.trim();
    if (!name) throw DomainError.invalid('name', input.name, 'give the team a name.');

    return this.unique(name, () =>
      this.runtime.transactional(async (em) => {
        const now = new Date();
        const team = em.create(Team, {
          id: randomUUID(),
          organizationId,
          name,
          description: blankToNull(input.description),
          createdAt: now,
          updatedAt: now,
        });
        em.persist(team);
        this.emit(em, 'team.created', team);

        return team;
      }),
    );
  }

  async update(organizationId: string, id: string, input: UpdateTeamInput): Promise<Team> {
    const name = input.name?.trim();
    if (input.name !== undefined && !name) throw DomainError.invalid('name', input.name, 'give the team a name.');

    return this.unique(name ?? '', () =>
      this.runtime.transactional(async (em) => {
        const team = await this.get(organizationId, id, em);
        if (name !== undefined) team.name = name;
        if (input.description !== undefined) team.description = blankToNull(input.description);
        team.updatedAt = new Date();
        await em.flush();
        this.emit(em, 'team.updated', team);

        return team;
      }),
    );
  }

  /** Deletes a team; its campaigns keep running without an owning team. */
  async delete(organizationId: string, id: string): Promise<Team> {
    return this.runtime.transactional(async (em) => {
      const team = await this.get(organizationId, id, em);
      const campaigns = await em.find(Campaign, { organizationId, teamId: id });
      for (const campaign of campaigns) {
        campaign.teamId = null;
        campaign.updatedAt = new Date();
      }
      em.remove(team);
      await em.flush();
      for (const campaign of campaigns) await this.campaignEvents.emit(em, 'campaign.updated', campaign);
      this.runtime.outbox.add(em, { type: 'team.deleted', organizationId, key: id, data: { teamId: id } });

      return team;
    });
  }

  private emit(em: EntityManager, type: 'team.created' | 'team.updated', team: Team): void {
    this.runtime.outbox.add(em, {
      type,
      organizationId: team.organizationId,
      key: team.id,
      data: { teamId: team.id, name: team.name },
    });
  }

  private async unique<T>(name: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw duplicateName(name);
      throw err;
    }
  }

  async get(organizationId: string, id: string, em = this.runtime.em()): Promise<Team> {
    const team = await em.findOne(Team, { id, organizationId });
    if (!team) throw DomainError.notFound('Team', id);

    return team;
  }

  list(organizationId: string, args: TeamListArgs) {
    const where: Record<string, unknown> = { organizationId };
    if (args.search) where.name = { $ilike: likeContains(args.search) };

    return paginate(this.runtime.em(), {
      entity: Team,
      where,
      sortField: sortProperty(args.orderBy?.field ?? 'name') as keyof Team & string,
      direction: args.orderBy?.direction ?? SortDirection.ASC,
      first: args.first,
      after: args.after,
    });
  }
}
