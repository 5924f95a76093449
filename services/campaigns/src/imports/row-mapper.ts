import { DomainError, type Network, normalizeEmail } from '@alg/service-kit';
import type { NetworkProfiles } from '../participants/participant.entity.js';
import { cleanProfiles, type PersonInput } from '../participants/person.js';
import { type ColumnMapping, type NamedRecord, readField } from './column-mapping.js';

export interface MappedRow {
  person: PersonInput;
  occurredAt?: Date;
  externalId?: string;
}

export class RowError extends Error {}

const SIZE_SUFFIXES: Record<string, number> = { k: 1_000, m: 1_000_000 };
const YES = /^(y|yes|true|1|opted in|subscribed|granted)$/i;
const NO = /^(n|no|false|0|opted out|unsubscribed|withdrawn)$/i;

function parseBoolean(field: string, value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  if (YES.test(value)) return true;
  if (NO.test(value)) return false;
  throw new RowError(`invalid ${field} ${JSON.stringify(value)}; use yes or no`);
}

/** Reads an audience size such as "1,204", "1 204" or "3.2k". */
export function parseSize(field: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const compact = value.replace(/[\s,_]/g, '').toLowerCase();
  const match = /^(\d+(?:\.\d+)?)(k|m)?$/.exec(compact);
  if (!match) throw new RowError(`invalid ${field} ${JSON.stringify(value)}; give a number of followers`);
  const factor = SIZE_SUFFIXES[match[2] ?? ''] ?? 1;

  return Math.round(Number(match[1]) * factor);
}

function splitName(name: string | undefined): { firstName?: string; lastName?: string } {
  const trimmed = name?.replace(/\s*\(.*\)\s*$/, '').trim();
  if (!trimmed) return {};
  const space = trimmed.indexOf(' ');

  return space < 0 ? { firstName: trimmed } : { firstName: trimmed.slice(0, space), lastName: trimmed.slice(space + 1).trim() };
}

function profilesOf(record: NamedRecord, mapping: ColumnMapping): NetworkProfiles {
  const profiles: NetworkProfiles = {};
  for (const network of ['linkedin', 'x', 'facebook', 'email'] as Network[]) {
    const url = network === 'email' ? undefined : readField(record, mapping[`${network}_url` as 'linkedin_url']);
    const size = parseSize(`${network} size`, readField(record, mapping[`${network}_size`]));
    if (url !== undefined || size !== undefined) profiles[network] = { url, size };
  }
  try {
    return cleanProfiles(profiles);
  } catch (err) {
    if (err instanceof DomainError) throw new RowError(err.message.replace(/^Invalid /, 'invalid '));
    throw err;
  }
}

/**
 * Turns one named record into a person, or throws a RowError with the
 * reason. The moment's time and id are read only for completion imports.
 */
export function mapRow(record: NamedRecord, mapping: ColumnMapping, moments = false): MappedRow {
  const rawEmail = readField(record, mapping.email) ?? '';
  if (!normalizeEmail(rawEmail)) throw new RowError(`invalid e-mail ${JSON.stringify(rawEmail)}`);
  const fromFullName = splitName(readField(record, mapping.full_name));
  const optOut = parseBoolean('contact opt-out', readField(record, mapping.contact_opt_out));
  const contact = parseBoolean('contact consent', readField(record, mapping.contact_consent)) ?? (optOut === undefined ? undefined : !optOut);
  const person: PersonInput = {
    email: rawEmail,
    firstName: readField(record, mapping.first_name) ?? fromFullName.firstName,
    lastName: readField(record, mapping.last_name) ?? fromFullName.lastName,
    company: readField(record, mapping.company),
    title: readField(record, mapping.title),
    profiles: profilesOf(record, mapping),
    consent: { contact, partnerSharing: parseBoolean('partner sharing consent', readField(record, mapping.partner_sharing_consent)) },
  };
  if (!moments) return { person };
  const mapped: MappedRow = { person, externalId: readField(record, mapping.external_id) };
  const occurred = readField(record, mapping.occurred_at);
  if (occurred !== undefined) {
    // NOTE: a time without an offset, such as Zoom's "Nov 18, 2026 09:01 AM", is read in the server's time zone.
    const time = Date.parse(occurred);
    if (Number.isNaN(time)) throw new RowError(`invalid time ${JSON.stringify(occurred)}; use ISO 8601 such as 2026-11-18T14:05:00Z`);
    mapped.occurredAt = new Date(time);
  }

  return mapped;
}
