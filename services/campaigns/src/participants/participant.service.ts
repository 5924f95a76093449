import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { raw } from '@mikro-orm/core';
import {
  DomainError,
  type EntityManager,
  emailHash,
  normalizeEmail,
  paginate,
  ServiceRuntime,
  SortDirection,
} from '@alg/service-kit';
import { Ecosystem } from '../ecosystems/ecosystem.entity.js';
import { EcosystemMembership } from './ecosystem-membership.entity.js';
import { Participant, type ParticipantOrigin } from './participant.entity.js';
import type { CreateParticipantInput, ParticipantListArgs } from './participant.model.js';

export interface PersonFields {
  email: string;
  firstName?: string | null;
  lastName?: string | null;
  company?: string | null;
  title?: string | null;
}

export interface Lineage {
  origin: ParticipantOrigin;
  sourceCampaignId?: string | null;
  sourceAdvocateId?: string | null;
}

export interface UpsertResult {
  participantId: string;
  created: boolean;
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();

  return trimmed ? trimmed : null;
}

@Injectable()
export class ParticipantService {
  constructor(@Inject(ServiceRuntime) private readonly runtime: ServiceRuntime) {}

  /**
   * Creates the participant of a normalized e-mail or merges into the one
   * that exists: empty fields are filled, filled fields are kept. The unique
   * index on (organization_id, email) decides, so concurrent writers merge
   * too. Joins the given ecosystems and writes the events in the caller's
   * transaction.
   */
  async upsert(
    em: EntityManager,
    organizationId: string,
    person: PersonFields,
    ecosystemIds: string[],
    lineage: Lineage,
  ): Promise<UpsertResult> {
    const email = normalizeEmail(person.email);
    if (!email) throw DomainError.invalid('email', person.email, 'give an address such as ada@example.com.');
    const now = new Date();
    const rows = await em.execute<{ id: string; created: boolean }[]>(
      `insert into participant
         (id, organization_id, email, first_name, last_name, company, title, origin,
          source_campaign_id, source_advocate_id, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (organization_id, email) do update set
         first_name = coalesce(participant.first_name, excluded.first_name),
         last_name = coalesce(participant.last_name, excluded.last_name),
         company = coalesce(participant.company, excluded.company),
         title = coalesce(participant.title, excluded.title),
         updated_at = excluded.updated_at
       returning id, (xmax = 0) as created`,
      [
        randomUUID(),
        organizationId,
        email,
        blankToNull(person.firstName),
        blankToNull(person.lastName),
        blankToNull(person.company),
        blankToNull(person.title),
        lineage.origin,
        lineage.sourceCampaignId ?? null,
        lineage.sourceAdvocateId ?? null,
        now,
        now,
      ],
    );
    const { id: participantId, created } = rows[0]!;
    const joined = await this.join(em, organizationId, participantId, ecosystemIds);

    if (created) {
      this.runtime.outbox.add(em, {
        type: 'participant.created',
        organizationId,
        key: participantId,
        data: {
          participantId,
          emailHash: emailHash(email),
          ecosystemIds,
          origin: lineage.origin,
          sourceCampaignId: lineage.sourceCampaignId ?? null,
          sourceAdvocateId: lineage.sourceAdvocateId ?? null,
          createdAt: now.toISOString(),
        },
      });
    } else {
      for (const ecosystemId of joined) {
        this.runtime.outbox.add(em, {
          type: 'participant.joined-ecosystem',
          organizationId,
          key: participantId,
          data: { participantId, ecosystemId },
        });
      }
    }

    return { participantId, created };
  }

  /** Adds memberships; returns the ecosystems that were new for the participant. */
  private async join(
    em: EntityManager,
    organizationId: string,
    participantId: string,
    ecosystemIds: string[],
  ): Promise<string[]> {
    const joined: string[] = [];
    for (const ecosystemId of ecosystemIds) {
      const rows = await em.execute<{ ecosystem_id: string }[]>(
        `insert into ecosystem_membership (ecosystem_id, participant_id, organization_id, joined_at)
         values (?, ?, ?, now()) on conflict do nothing returning ecosystem_id`,
        [ecosystemId, participantId, organizationId],
      );
      if (rows.length > 0) joined.push(ecosystemId);
    }

    return joined;
  }

  async assertEcosystems(em: EntityManager, organizationId: string, ecosystemIds: string[]): Promise<void> {
    const found = await em.find(Ecosystem, { id: { $in: ecosystemIds }, organizationId }, { fields: ['id'] });
    const missing = ecosystemIds.filter((id) => !found.some((ecosystem) => ecosystem.id === id));
    if (missing.length > 0) throw DomainError.notFound('Ecosystem', missing[0]!);
  }

  async create(organizationId: string, input: CreateParticipantInput): Promise<Participant> {
    const id = await this.runtime.transactional(async (em) => {
      await this.assertEcosystems(em, organizationId, input.ecosystemIds);
      const result = await this.upsert(em, organizationId, input, input.ecosystemIds, { origin: 'api' });

      return result.participantId;
    });

    return this.get(organizationId, id);
  }

  async get(organizationId: string, id: string): Promise<Participant> {
    const participant = await this.runtime.em().findOne(Participant, { id, organizationId });
    if (!participant) throw DomainError.notFound('Participant', id);

    return participant;
  }

  async findMany(organizationId: string, ids: string[]): Promise<Participant[]> {
    return this.runtime.em().find(Participant, { id: { $in: ids }, organizationId });
  }

  list(organizationId: string, args: ParticipantListArgs) {
    const ecosystemId = args.ecosystemId;
    const where = () =>
      ecosystemId
        ? {
            organizationId,
            [raw(
              (alias) =>
                `${alias}.id in (select participant_id from ecosystem_membership where ecosystem_id = ?)`,
              [ecosystemId],
            )]: [],
          }
        : { organizationId };

    return paginate(this.runtime.em(), {
      entity: Participant,
      where: where as never,
      sortField: 'createdAt',
      direction: SortDirection.ASC,
      first: args.first,
      after: args.after,
    });
  }

  async ecosystemsOf(organizationId: string, participantId: string): Promise<Ecosystem[]> {
    const memberships = await this.runtime.em().find(EcosystemMembership, { participantId, organizationId });
    if (memberships.length === 0) return [];

    return this.runtime.em().find(
      Ecosystem,
      { id: { $in: memberships.map((membership) => membership.ecosystemId) }, organizationId },
      { orderBy: { createdAt: 'asc' } },
    );
  }
}
