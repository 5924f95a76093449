import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { DomainError, ErrorCode, paginate, ServiceRuntime, SortDirection } from '@alg/service-kit';
import { Ecosystem } from './ecosystem.entity.js';
import type { CreateEcosystemInput, EcosystemListArgs } from './ecosystem.model.js';

@Injectable()
export class EcosystemService {
  constructor(@Inject(ServiceRuntime) private readonly runtime: ServiceRuntime) {}

  async create(organizationId: string, input: CreateEcosystemInput): Promise<Ecosystem> {
    if (input.kind === 'partner_network' && !input.partnerName) {
      throw DomainError.invalid('partnerName', input.partnerName ?? null, 'a partner network ecosystem needs the partner name.');
    }
    if (input.kind !== 'partner_network' && input.partnerName) {
      throw DomainError.invalid('partnerName', input.partnerName, 'only a partner network ecosystem has a partner.');
    }
    try {
      return await this.runtime.transactional(async (em) => {
        const ecosystem = em.create(Ecosystem, {
          id: randomUUID(),
          organizationId,
          name: input.name.trim(),
          kind: input.kind,
          partnerName: input.partnerName?.trim(),
          createdAt: new Date(),
        });
        em.persist(ecosystem);

        return ecosystem;
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        throw new DomainError(ErrorCode.conflict, `An ecosystem named ${JSON.stringify(input.name)} already exists.`, {
          field: 'name',
        });
      }
      throw err;
    }
  }

  async get(organizationId: string, id: string): Promise<Ecosystem> {
    const ecosystem = await this.runtime.em().findOne(Ecosystem, { id, organizationId });
    if (!ecosystem) throw DomainError.notFound('Ecosystem', id);

    return ecosystem;
  }

  list(organizationId: string, args: EcosystemListArgs) {
    return paginate(this.runtime.em(), {
      entity: Ecosystem,
      where: { organizationId },
      sortField: 'createdAt',
      direction: SortDirection.ASC,
      first: args.first,
      after: args.after,
    });
  }
}
