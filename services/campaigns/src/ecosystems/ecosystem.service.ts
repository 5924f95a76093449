import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import {
  DomainError,
  type EntityManager,
  ErrorCode,
  paginate,
  ServiceRuntime,
  SortDirection,
} from '@alg/service-kit';
import { Campaign } from '../campaigns/campaign.entity.js';
import { CampaignEvents } from '../campaigns/campaign-events.js';
import { sortProperty } from '../common/ordering.js';
import { blankToNull, likeContains } from '../common/text.js';
import { Ecosystem, type EcosystemKind } from './ecosystem.entity.js';
import type { CreateEcosystemInput, EcosystemListArgs, UpdateEcosystemInput } from './ecosystem.model.js';

/** Checks that a partner network names its partner and that no other kind has one. */
export function assertPartner(kind: EcosystemKind, partnerName: string | null): void {
  if (kind === 'partner_network' && !partnerName) {
    throw DomainError.invalid('partnerName', partnerName, 'a PARTNER_NETWORK ecosystem needs the partner name.');
  }
  if (kind !== 'partner_network' && partnerName) {
    throw DomainError.invalid('partnerName', partnerName, 'only a PARTNER_NETWORK ecosystem has a partner; leave it empty.');
  }
}

@Injectable()
export class EcosystemService {
  constructor(
    @Inject(ServiceRuntime) private readonly runtime: ServiceRuntime,
    @Inject(CampaignEvents) private readonly campaignEvents: CampaignEvents,
  ) {}

  async create(organizationId: string, input: CreateEcosystemInput): Promise<Ecosystem> {
    const name = input.name.trim();
    if (!name) throw DomainError.invalid('name', input.name, 'give the ecosystem a name.');
    const partnerName = blankToNull(input.partnerName);
    assertPartner(input.kind, partnerName);

    return this.uniqueName(name, () =>
      this.runtime.transactional(async (em) => {
        const now = new Date();
        const ecosystem = em.create(Ecosystem, {
          id: randomUUID(),
          organizationId,
          name,
          kind: input.kind,
          partnerName,
          description: blankToNull(input.description),
          createdAt: now,
          updatedAt: now,
        });
        em.persist(ecosystem);
        this.emit(em, 'ecosystem.created', ecosystem);

        return ecosystem;
      }),
    );
  }

  async update(organizationId: string, id: string, input: UpdateEcosystemInput): Promise<Ecosystem> {
    const name = input.name?.trim();
    if (input.name !== undefined && !name) throw DomainError.invalid('name', input.name, 'give the ecosystem a name.');

    return this.uniqueName(name ?? '', () =>
      this.runtime.transactional(async (em) => {
        const ecosystem = await this.get(organizationId, id, em);
        const kindBefore = ecosystem.kind;
        if (name !== undefined) ecosystem.name = name;
        if (input.kind !== undefined) ecosystem.kind = input.kind;
        if (input.partnerName !== undefined) ecosystem.partnerName = blankToNull(input.partnerName);
        if (input.description !== undefined) ecosystem.description = blankToNull(input.description);
        assertPartner(ecosystem.kind, ecosystem.partnerName ?? null);
        ecosystem.updatedAt = new Date();
        await em.flush();
        this.emit(em, 'ecosystem.updated', ecosystem);
        // Campaign snapshots carry the ecosystem kind, so their projections must hear of the change.
        if (ecosystem.kind !== kindBefore) {
          for (const campaign of await em.find(Campaign, { organizationId, ecosystemId: id })) {
            await this.campaignEvents.emit(em, 'campaign.updated', campaign);
          }
        }

        return ecosystem;
      }),
    );
  }

  /**
   * Deletes an ecosystem that no campaign uses, with its memberships and
   * import history; the participants themselves stay.
   */
  async delete(organizationId: string, id: string): Promise<Ecosystem> {
    return this.runtime.transactional(async (em) => {
      const ecosystem = await this.get(organizationId, id, em);
      const used = await em.count(Campaign, {
        organizationId,
        $or: [{ ecosystemId: id }, { registrantEcosystemId: id }],
      });
      if (used > 0) {
        throw new DomainError(
          ErrorCode.invalidState,
          `Ecosystem ${id} is used by ${used} campaign(s); delete or change those campaigns first.`,
          { ecosystemId: id, campaignCount: used },
        );
      }
      await em.execute(`delete from ecosystem_membership where ecosystem_id = ?`, [id]);
      await em.execute(`delete from participant_import where ecosystem_id = ?`, [id]);
      em.remove(ecosystem);
      this.runtime.outbox.add(em, { type: 'ecosystem.deleted', organizationId, key: id, data: { ecosystemId: id } });

      return ecosystem;
    });
  }

  private emit(em: EntityManager, type: 'ecosystem.created' | 'ecosystem.updated', ecosystem: Ecosystem): void {
    this.runtime.outbox.add(em, {
      type,
      organizationId: ecosystem.organizationId,
      key: ecosystem.id,
      data: {
        ecosystemId: ecosystem.id,
        name: ecosystem.name,
        kind: ecosystem.kind,
        partnerName: ecosystem.partnerName ?? null,
      },
    });
  }

  private async uniqueName<T>(name: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        throw new DomainError(ErrorCode.conflict, `An ecosystem named ${JSON.stringify(name)} already exists; choose another name.`, {
          field: 'name',
        });
      }
      throw err;
    }
  }

  async get(organizationId: string, id: string, em = this.runtime.em()): Promise<Ecosystem> {
    const ecosystem = await em.findOne(Ecosystem, { id, organizationId });
    if (!ecosystem) throw DomainError.notFound('Ecosystem', id);

    return ecosystem;
  }

  async memberCount(organizationId: string, id: string): Promise<number> {
    const rows = await this.runtime.em().execute<{ count: string }[]>(
      `select count(*) as count from ecosystem_membership m join participant p on p.id = m.participant_id
        where m.ecosystem_id = ? and m.organization_id = ? and p.erased_at is null`,
      [id, organizationId],
    );

    return Number(rows[0]!.count);
  }

  list(organizationId: string, args: EcosystemListArgs) {
    const where: Record<string, unknown> = { organizationId };
    if (args.kinds?.length) where.kind = { $in: args.kinds };
    if (args.search) {
      const pattern = likeContains(args.search);
      where.$or = [{ name: { $ilike: pattern } }, { partnerName: { $ilike: pattern } }];
    }

    return paginate(this.runtime.em(), {
      entity: Ecosystem,
      where,
      sortField: sortProperty(args.orderBy?.field ?? 'created_at') as keyof Ecosystem & string,
      direction: args.orderBy?.direction ?? SortDirection.ASC,
      first: args.first,
      after: args.after,
    });
  }
}
