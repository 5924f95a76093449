import { Inject, Injectable } from '@nestjs/common';
import { LockMode, raw } from '@mikro-orm/core';
import {
  DomainError,
  type EntityManager,
  emailHash,
  ErrorCode,
  type Network,
  normalizeEmail,
  paginate,
  ServiceRuntime,
  SortDirection,
} from '@alg/service-kit';
import { sortProperty } from '../common/ordering.js';
import { blankToNull, likeContains } from '../common/text.js';
import { Ecosystem } from '../ecosystems/ecosystem.entity.js';
import { EcosystemMembership } from './ecosystem-membership.entity.js';
import { Participant } from './participant.entity.js';
import type {
  ConsentInput,
  CreateParticipantInput,
  NetworkProfileInput,
  ParticipantListArgs,
  UpdateParticipantInput,
} from './participant.model.js';
import { type Lineage, ParticipantWriter } from './participant-writer.js';
import { cleanProfile, type PersonInput } from './person.js';

export interface UpsertResult {
  participantId: string;
  created: boolean;
}

function profilesOf(inputs: NetworkProfileInput[] | undefined): PersonInput['profiles'] {
  return Object.fromEntries((inputs ?? []).map((input) => [input.network, { url: input.url, size: input.size }]));
}

@Injectable()
export class ParticipantService {
  constructor(
    @Inject(ServiceRuntime) private readonly runtime: ServiceRuntime,
    @Inject(ParticipantWriter) private readonly writer: ParticipantWriter,
  ) {}

  /** Creates the participant of an e-mail, or merges into the one that exists, in the caller's transaction. */
  async upsert(
    em: EntityManager,
    organizationId: string,
    person: PersonInput,
    ecosystemIds: string[],
    lineage: Lineage,
  ): Promise<UpsertResult> {
    const [result] = await this.writer.write(em, [person], { organizationId, ecosystemIds, lineage });
    if (!result || result.outcome === 'rejected') throw new Error('a single write is never rejected');

    return { participantId: result.participantId, created: result.outcome === 'created' };
  }

  async assertEcosystems(em: EntityManager, organizationId: string, ecosystemIds: string[]): Promise<void> {
    if (ecosystemIds.length === 0) return;
    const found = await em.find(Ecosystem, { id: { $in: ecosystemIds }, organizationId }, { fields: ['id'] });
    const missing = ecosystemIds.filter((id) => !found.some((ecosystem) => ecosystem.id === id));
    if (missing.length > 0) throw DomainError.notFound('Ecosystem', missing[0]!);
  }

  async create(organizationId: string, input: CreateParticipantInput): Promise<Participant> {
    const person: PersonInput = { ...input, profiles: profilesOf(input.profiles), consent: input.consent };
    const id = await this.runtime.transactional(async (em) => {
      await this.assertEcosystems(em, organizationId, input.ecosystemIds);

      return (await this.upsert(em, organizationId, person, input.ecosystemIds, { origin: 'api' })).participantId;
    });

    return this.get(organizationId, id);
  }

  async update(organizationId: string, id: string, input: UpdateParticipantInput): Promise<Participant> {
    return this.runtime.transactional(async (em) => {
      const participant = await this.lockLive(em, organizationId, id);
      const changed: string[] = [];
      if (input.email !== undefined) await this.changeEmail(em, participant, input.email, changed);
      for (const field of ['firstName', 'lastName', 'company', 'title'] as const) {
        if (input[field] === undefined) continue;
        const value = blankToNull(input[field]);
        if (value !== (participant[field] ?? null)) {
          participant[field] = value;
          changed.push(field);
        }
      }
      for (const profile of input.profiles ?? []) {
        const next = cleanProfile(profile.network, { url: profile.url, size: profile.size });
        const current = participant.profiles[profile.network] ?? {};
        if ((next.url ?? null) === (current.url ?? null) && (next.size ?? null) === (current.size ?? null)) continue;
        const profiles = { ...participant.profiles };
        if (next.url === undefined && next.size === undefined) delete profiles[profile.network];
        else profiles[profile.network] = next;
        participant.profiles = profiles;
        changed.push(`profiles.${profile.network}`);
      }
      if (changed.length === 0) return participant;
      participant.updatedAt = new Date();
      await em.flush();
      this.runtime.outbox.add(em, {
        type: 'participant.updated',
        organizationId,
        key: id,
        data: {
          participantId: id,
          emailHash: emailHash(participant.email),
          changedFields: changed,
          updatedAt: participant.updatedAt.toISOString(),
        },
      });

      return participant;
    });
  }

  private async changeEmail(em: EntityManager, participant: Participant, value: string, changed: string[]) {
    const email = normalizeEmail(value);
    if (!email) throw DomainError.invalid('email', value, 'give an address such as ada@example.com.');
    if (email === participant.email) return;
    const other = await em.findOne(Participant, { organizationId: participant.organizationId, email });
    if (other) {
      throw new DomainError(
        ErrorCode.conflict,
        `The e-mail ${JSON.stringify(email)} belongs to participant ${other.id}; one e-mail identifies one participant.`,
        { field: 'email', participantId: other.id },
      );
    }
    participant.email = email;
    changed.push('email');
  }

  /** Sets consent per purpose; an explicit change is the only way to grant it again. */
  async setConsent(organizationId: string, id: string, input: ConsentInput): Promise<Participant> {
    return this.runtime.transactional(async (em) => {
      const participant = await this.lockLive(em, organizationId, id);
      const contact = input.contact ?? participant.consentContact;
      const partnerSharing = input.partnerSharing ?? participant.consentPartnerSharing;
      if (contact === participant.consentContact && partnerSharing === participant.consentPartnerSharing) {
        return participant;
      }
      const now = new Date();
      Object.assign(participant, { consentContact: contact, consentPartnerSharing: partnerSharing, consentChangedAt: now, updatedAt: now });
      await em.flush();
      this.writer.consentChanged(em, organizationId, id, participant, now);

      return participant;
    });
  }

  /**
   * Erases a participant's personal data: e-mail, names, company, title and
   * profiles are removed, consent withdrawn and memberships dropped. The
   * sender's ids of their completion moments go too, because an import
   * derives one from the e-mail. The id stays, so counts and other
   * services' records keep adding up. A hash of the e-mail is kept, without
   * the id, so that a later import does not bring the person back.
   * Published events about the participant are deleted from the outbox at
   * once instead of after the relay's retention. Erasing an erased
   * participant changes nothing.
   */
  async erase(organizationId: string, id: string): Promise<Participant> {
    return this.runtime.transactional(async (em) => {
      const participant = await this.lock(em, organizationId, id);
      if (participant.erasedAt) return participant;
      const hash = emailHash(participant.email);
      await em.execute(
        `insert into erasure (organization_id, email_hash, erased_at) values (?, ?, now()) on conflict do nothing`,
        [organizationId, hash],
      );
      await em.execute(`delete from ecosystem_membership where participant_id = ?`, [id]);
      await em.execute(`update completion set external_id = null where participant_id = ? and organization_id = ?`, [id, organizationId]);
      await em.execute(`delete from outbox_message where message_key = ? and published_at is not null`, [id]);
      const now = new Date();
      Object.assign(participant, {
        email: `erased-${id}@erased.invalid`,
        firstName: null,
        lastName: null,
        company: null,
        title: null,
        profiles: {},
        consentContact: false,
        consentPartnerSharing: false,
        consentChangedAt: now,
        erasedAt: now,
        updatedAt: now,
      });
      await em.flush();
      this.runtime.outbox.add(em, {
        type: 'participant.erased',
        organizationId,
        key: id,
        data: { participantId: id, emailHash: hash },
      });
      this.runtime.logger.info({ organizationId, participantId: id }, 'participant erased');

      return participant;
    });
  }

  async joinEcosystems(organizationId: string, id: string, ecosystemIds: string[]): Promise<Participant> {
    return this.runtime.transactional(async (em) => {
      const participant = await this.lockLive(em, organizationId, id);
      await this.assertEcosystems(em, organizationId, ecosystemIds);
      const joined = (await this.writer.joinMany(em, organizationId, [id], ecosystemIds)).get(id) ?? [];
      for (const ecosystemId of joined) {
        this.runtime.outbox.add(em, {
          type: 'participant.joined-ecosystem',
          organizationId,
          key: id,
          data: { participantId: id, ecosystemId },
        });
      }

      return participant;
    });
  }

  async leaveEcosystem(organizationId: string, id: string, ecosystemId: string): Promise<Participant> {
    return this.runtime.transactional(async (em) => {
      const participant = await this.lockLive(em, organizationId, id);
      const removed = await em.nativeDelete(EcosystemMembership, { participantId: id, ecosystemId, organizationId });
      if (removed === 0) {
        throw DomainError.invalid('ecosystemId', ecosystemId, `participant ${id} is not a member of this ecosystem.`);
      }
      this.runtime.outbox.add(em, {
        type: 'participant.left-ecosystem',
        organizationId,
        key: id,
        data: { participantId: id, ecosystemId },
      });

      return participant;
    });
  }

  private async lock(em: EntityManager, organizationId: string, id: string): Promise<Participant> {
    const participant = await em.findOne(Participant, { id, organizationId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!participant) throw DomainError.notFound('Participant', id);

    return participant;
  }

  private async lockLive(em: EntityManager, organizationId: string, id: string): Promise<Participant> {
    const participant = await this.lock(em, organizationId, id);
    if (participant.erasedAt) {
      throw new DomainError(ErrorCode.invalidState, `Participant ${id} was erased; an erased participant cannot change.`);
    }

    return participant;
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
    const where = () => {
      const filter: Record<string, unknown> = { organizationId };
      if (!args.includeErased) filter.erasedAt = null;
      if (args.ecosystemId) {
        const member = raw((alias) => `${alias}.id in (select participant_id from ecosystem_membership where ecosystem_id = ?)`, [args.ecosystemId]);
        Object.assign(filter, { [member]: [] });
      }
      if (args.origins?.length) filter.origin = { $in: args.origins };
      if (args.sourceCampaignId) filter.sourceCampaignId = args.sourceCampaignId;
      if (args.contactConsent !== undefined) filter.consentContact = args.contactConsent;
      if (args.createdFrom || args.createdTo) {
        filter.createdAt = { ...(args.createdFrom && { $gte: args.createdFrom }), ...(args.createdTo && { $lt: args.createdTo }) };
      }
      if (args.search) {
        const pattern = likeContains(args.search);
        filter.$or = ['email', 'firstName', 'lastName', 'company'].map((field) => ({ [field]: { $ilike: pattern } }));
      }

      return filter;
    };

    return paginate(this.runtime.em(), {
      entity: Participant,
      where: where as never,
      sortField: sortProperty(args.orderBy?.field ?? 'created_at') as keyof Participant & string,
      direction: args.orderBy?.direction ?? SortDirection.ASC,
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

  networkSize(participant: Participant, network: Network): number | null {
    return participant.profiles?.[network]?.size ?? null;
  }
}
