import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager, emailHash, normalizeEmail, DomainError, ServiceRuntime } from '@alg/service-kit';
import type { NetworkProfiles, ParticipantOrigin } from './participant.entity.js';
import { isDefaultConsent, mergePerson, newPersonState, type PersonInput, type PersonState } from './person.js';

export interface Lineage {
  origin: ParticipantOrigin;
  sourceCampaignId?: string | null;
  sourceAdvocateId?: string | null;
  sourceImportId?: string | null;
}

export interface WriteOptions {
  organizationId: string;
  ecosystemIds: string[];
  lineage: Lineage;
  /** Imports refuse people who asked to be erased; a person who comes back by themselves is accepted. */
  rejectErased?: boolean;
}

export type WriteResult =
  | { outcome: 'created' | 'merged'; participantId: string; changed: string[] }
  | { outcome: 'rejected'; reason: string };

interface StoredRow {
  id: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  company: string | null;
  title: string | null;
  profiles: NetworkProfiles;
  consent_contact: boolean;
  consent_partner_sharing: boolean;
}

interface Group {
  email: string;
  indexes: number[];
  persons: PersonInput[];
}

const COLUMNS = `id, email, first_name, last_name, company, title, profiles, consent_contact, consent_partner_sharing`;

function stateOf(row: StoredRow): PersonState {
  return {
    firstName: row.first_name,
    lastName: row.last_name,
    company: row.company,
    title: row.title,
    profiles: row.profiles ?? {},
    consentContact: row.consent_contact,
    consentPartnerSharing: row.consent_partner_sharing,
  };
}

/**
 * Creates participants or merges duplicate records into them, many at a
 * time, inside the caller's transaction. Existing rows are locked first, so
 * concurrent writers of the same e-mail merge instead of racing. The unique
 * index on (organization_id, email) settles inserts that still collide.
 * A merge that changes nothing writes nothing, so repeating a write is a
 * no-op.
 */
@Injectable()
export class ParticipantWriter {
  constructor(@Inject(ServiceRuntime) private readonly runtime: ServiceRuntime) {}

  async write(em: EntityManager, persons: PersonInput[], options: WriteOptions): Promise<WriteResult[]> {
    const results: WriteResult[] = new Array(persons.length);
    const groups = new Map<string, Group>();
    persons.forEach((person, index) => {
      const email = normalizeEmail(person.email);
      if (!email) throw DomainError.invalid('email', person.email, 'give an address such as ada@example.com.');
      const group = groups.get(email) ?? { email, indexes: [], persons: [] };
      group.indexes.push(index);
      group.persons.push(person);
      groups.set(email, group);
    });
    if (groups.size === 0) return results;

    await this.settleErasures(em, options, groups, results);
    const emails = [...groups.keys()];
    if (emails.length === 0) return results;
    const existing = await this.lockExisting(em, options.organizationId, emails);
    const fresh = emails.filter((email) => !existing.has(email));
    const inserted = await this.insert(em, options, fresh.map((email) => groups.get(email)!));
    const raced = fresh.filter((email) => !inserted.has(email));
    for (const [email, row] of await this.lockExisting(em, options.organizationId, raced)) existing.set(email, row);

    const now = new Date();
    const ids = emails.map((email) => (inserted.get(email) ?? existing.get(email)!).id);
    const joined = await this.joinMany(em, options.organizationId, ids, options.ecosystemIds);
    for (const [email, group] of groups) {
      const created = inserted.get(email);
      if (created) {
        this.finishCreated(em, options, group, created, joined.get(created.id) ?? [], results, now);
      } else {
        const row = existing.get(email)!;
        await this.finishMerged(em, options, group, row, joined.get(row.id) ?? [], results, now);
      }
    }

    return results;
  }

  private async settleErasures(em: EntityManager, options: WriteOptions, groups: Map<string, Group>, results: WriteResult[]) {
    const hashes = [...groups.keys()].map((email) => emailHash(email));
    const erased = await em.execute<{ email_hash: string }[]>(
      `select email_hash from erasure where organization_id = ? and email_hash in (?)`,
      [options.organizationId, hashes],
    );
    if (erased.length === 0) return;
    const erasedHashes = new Set(erased.map((row) => row.email_hash));
    for (const [email, group] of groups) {
      if (!erasedHashes.has(emailHash(email))) continue;
      if (options.rejectErased) {
        for (const index of group.indexes) {
          results[index] = { outcome: 'rejected', reason: 'the person asked to be erased; they can only come back by themselves' };
        }
        groups.delete(email);
      }
    }
    if (!options.rejectErased) {
      await em.execute(`delete from erasure where organization_id = ? and email_hash in (?)`, [options.organizationId, [...erasedHashes]]);
    }
  }

  private async lockExisting(em: EntityManager, organizationId: string, emails: string[]): Promise<Map<string, StoredRow>> {
    if (emails.length === 0) return new Map();
    const rows = await em.execute<StoredRow[]>(
      `select ${COLUMNS} from participant where organization_id = ? and email in (?) order by email for update`,
      [organizationId, emails],
    );

    return new Map(rows.map((row) => [row.email, row]));
  }

  /** Inserts the new people in one statement; returns the e-mails actually inserted, with their row. */
  private async insert(em: EntityManager, options: WriteOptions, groups: Group[]): Promise<Map<string, StoredRow>> {
    if (groups.length === 0) return new Map();
    const now = new Date();
    const params: unknown[] = [];
    const values = groups.map((group) => {
      const [first, ...rest] = group.persons;
      let state = newPersonState(first!);
      for (const person of rest) state = mergePerson(state, person).state;
      params.push(
        randomUUID(), options.organizationId, group.email, state.firstName, state.lastName, state.company,
        state.title, JSON.stringify(state.profiles), state.consentContact, state.consentPartnerSharing,
        isDefaultConsent(state) ? null : now, options.lineage.origin, options.lineage.sourceCampaignId ?? null,
        options.lineage.sourceAdvocateId ?? null, options.lineage.sourceImportId ?? null, now, now,
      );

      return `(?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
    });
    const rows = await em.execute<StoredRow[]>(
      `insert into participant
         (id, organization_id, email, first_name, last_name, company, title, profiles, consent_contact,
          consent_partner_sharing, consent_changed_at, origin, source_campaign_id, source_advocate_id,
          source_import_id, created_at, updated_at)
       values ${values.join(', ')}
       on conflict (organization_id, email) do nothing
       returning ${COLUMNS}`,
      params,
    );

    return new Map(rows.map((row) => [row.email, row]));
  }

  private finishCreated(
    em: EntityManager,
    options: WriteOptions,
    group: Group,
    row: StoredRow,
    joined: string[],
    results: WriteResult[],
    now: Date,
  ): void {
    group.indexes.forEach((index, position) => {
      results[index] = { outcome: position === 0 ? 'created' : 'merged', participantId: row.id, changed: [] };
    });
    const { organizationId, lineage } = options;
    this.runtime.outbox.add(em, {
      type: 'participant.created',
      organizationId,
      key: row.id,
      data: {
        participantId: row.id,
        emailHash: emailHash(row.email),
        ecosystemIds: joined,
        origin: lineage.origin,
        sourceCampaignId: lineage.sourceCampaignId ?? null,
        sourceAdvocateId: lineage.sourceAdvocateId ?? null,
        createdAt: now.toISOString(),
      },
    });
    const state = stateOf(row);
    if (!isDefaultConsent(state)) this.consentChanged(em, organizationId, row.id, state, now);
  }

  private async finishMerged(
    em: EntityManager,
    options: WriteOptions,
    group: Group,
    row: StoredRow,
    joined: string[],
    results: WriteResult[],
    now: Date,
  ): Promise<void> {
    const before = stateOf(row);
    let state = before;
    const changed = new Set<string>();
    group.indexes.forEach((index, position) => {
      const merged = mergePerson(state, group.persons[position]!);
      state = merged.state;
      merged.changed.forEach((field) => changed.add(field));
      results[index] = { outcome: 'merged', participantId: row.id, changed: merged.changed };
    });
    const consentChanged =
      state.consentContact !== before.consentContact || state.consentPartnerSharing !== before.consentPartnerSharing;
    if (changed.size > 0) {
      await em.execute(
        `update participant set first_name = ?, last_name = ?, company = ?, title = ?, profiles = ?::jsonb,
           consent_contact = ?, consent_partner_sharing = ?,
           consent_changed_at = case when ? then ? else consent_changed_at end, updated_at = ?
         where id = ?`,
        [
          state.firstName, state.lastName, state.company, state.title, JSON.stringify(state.profiles),
          state.consentContact, state.consentPartnerSharing, consentChanged, now, now, row.id,
        ],
      );
    }
    if (changed.size === 0 && joined.length === 0) return;
    const { organizationId } = options;
    this.runtime.outbox.add(em, {
      type: 'participant.merged',
      organizationId,
      key: row.id,
      data: {
        participantId: row.id,
        emailHash: emailHash(row.email),
        origin: options.lineage.origin,
        importId: options.lineage.sourceImportId ?? null,
        changedFields: [...changed],
        joinedEcosystemIds: joined,
        mergedAt: now.toISOString(),
      },
    });
    for (const ecosystemId of joined) {
      this.runtime.outbox.add(em, {
        type: 'participant.joined-ecosystem',
        organizationId,
        key: row.id,
        data: { participantId: row.id, ecosystemId },
      });
    }
    if (consentChanged) this.consentChanged(em, organizationId, row.id, state, now);
  }

  consentChanged(em: EntityManager, organizationId: string, participantId: string, state: PersonState, at: Date): void {
    this.runtime.outbox.add(em, {
      type: 'participant.consent-changed',
      organizationId,
      key: participantId,
      data: {
        participantId,
        contact: state.consentContact,
        partnerSharing: state.consentPartnerSharing,
        changedAt: at.toISOString(),
      },
    });
  }

  /** Adds memberships in one statement; returns, per participant, the ecosystems that were new to them. */
  async joinMany(
    em: EntityManager,
    organizationId: string,
    participantIds: string[],
    ecosystemIds: string[],
  ): Promise<Map<string, string[]>> {
    const joined = new Map<string, string[]>();
    if (ecosystemIds.length === 0 || participantIds.length === 0) return joined;
    const params: unknown[] = [];
    const values: string[] = [];
    for (const participantId of participantIds) {
      for (const ecosystemId of ecosystemIds) {
        params.push(ecosystemId, participantId, organizationId);
        values.push('(?, ?, ?, now())');
      }
    }
    const rows = await em.execute<{ ecosystem_id: string; participant_id: string }[]>(
      `insert into ecosystem_membership (ecosystem_id, participant_id, organization_id, joined_at)
       values ${values.join(', ')} on conflict do nothing returning ecosystem_id, participant_id`,
      params,
    );
    for (const row of rows) joined.set(row.participant_id, [...(joined.get(row.participant_id) ?? []), row.ecosystem_id]);

    return joined;
  }
}
