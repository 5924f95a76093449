import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { DomainError, ErrorCode, ServiceRuntime } from '@alg/service-kit';
import { assertTimeZone } from '../common/time-zone.js';
import { AccountService } from '../credentials/account.service.js';
import { CredentialService } from '../credentials/credential.service.js';
import { assertPasswordPolicy } from '../credentials/password.js';
import type { CreateOrganizationInput } from './organization.model.js';
import { Organization } from './organization.entity.js';

@Injectable()
export class OrganizationService {
  constructor(
    @Inject(ServiceRuntime) private readonly runtime: ServiceRuntime,
    @Inject(CredentialService) private readonly credentials: CredentialService,
    @Inject(AccountService) private readonly accounts: AccountService,
  ) {}

  /** Creates an organization together with its first admin key. */
  async create(input: CreateOrganizationInput) {
    assertTimeZone(input.timeZone);
    if (input.firstAdmin) assertPasswordPolicy(input.firstAdmin.password);
    try {
      const created = await this.runtime.transactional(async (em) => {
        const organization = em.create(Organization, {
          id: randomUUID(),
          name: input.name.trim(),
          slug: input.slug,
          timeZone: input.timeZone,
          createdAt: new Date(),
        });
        em.persist(organization);
        const adminKey = this.credentials.issue(em, organization.id, 'First admin key', 'admin');
        this.runtime.outbox.add(em, {
          type: 'organization.created',
          organizationId: organization.id,
          key: organization.id,
          data: { organizationId: organization.id, name: organization.name, timeZone: organization.timeZone },
        });

        return { organization, adminKey };
      });
      if (input.firstAdmin) {
        await this.accounts.addMember(created.organization.id, { ...input.firstAdmin, role: 'admin' });
      }
      this.runtime.logger.info({ organizationId: created.organization.id }, 'organization created');

      return created;
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        throw new DomainError(
          ErrorCode.conflict,
          `An organization with slug ${JSON.stringify(input.slug)} already exists; choose another slug.`,
          { field: 'slug' },
        );
      }
      throw err;
    }
  }

  async get(organizationId: string): Promise<Organization> {
    const organization = await this.runtime.em().findOne(Organization, { id: organizationId });
    if (!organization) throw DomainError.notFound('Organization', organizationId);

    return organization;
  }
}
