import { DomainError, type Network, networks } from '@alg/service-kit';
import { blankToNull } from '../common/text.js';
import type { NetworkProfile, NetworkProfiles, Participant } from './participant.entity.js';

/** A person as a write path sees them; omitted fields are unknown, not empty. */
export interface PersonInput {
  email: string;
  firstName?: string | null;
  lastName?: string | null;
  company?: string | null;
  title?: string | null;
  profiles?: NetworkProfiles;
  consent?: { contact?: boolean | null; partnerSharing?: boolean | null };
}

/** The fields of a participant that writes merge into. */
export type PersonState = Pick<
  Participant,
  'firstName' | 'lastName' | 'company' | 'title' | 'profiles' | 'consentContact' | 'consentPartnerSharing'
>;

export const DEFAULT_CONSENT = { contact: true, partnerSharing: false } as const;
export const MAX_NETWORK_SIZE = 1_000_000_000;

/** Checks a profile address and size, returning the cleaned profile. */
export function cleanProfile(network: Network, profile: NetworkProfile): NetworkProfile {
  const cleaned: NetworkProfile = {};
  const url = blankToNull(profile.url ?? null);
  if (url) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(url);
    } catch {
      parsed = null;
    }
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) {
      throw DomainError.invalid(`profiles.${network}.url`, url, 'give the full profile address, such as https://www.linkedin.com/in/ada.');
    }
    cleaned.url = parsed.href;
  }
  if (profile.size !== undefined && profile.size !== null) {
    if (!Number.isInteger(profile.size) || profile.size < 0 || profile.size > MAX_NETWORK_SIZE) {
      throw DomainError.invalid(`profiles.${network}.size`, profile.size, 'give the number of followers as a whole number of zero or more.');
    }
    cleaned.size = profile.size;
  }

  return cleaned;
}

export function cleanProfiles(profiles: NetworkProfiles | undefined): NetworkProfiles {
  const cleaned: NetworkProfiles = {};
  for (const [network, profile] of Object.entries(profiles ?? {})) {
    if (!(networks as readonly string[]).includes(network)) {
      throw DomainError.invalid('profiles', network, `use one of ${networks.join(', ')}.`);
    }
    const value = cleanProfile(network as Network, profile ?? {});
    if (value.url !== undefined || value.size !== undefined) cleaned[network as Network] = value;
  }

  return cleaned;
}

/** Builds the state of a new participant: the given fields, and the default consent where none is given. */
export function newPersonState(person: PersonInput): PersonState {
  return {
    firstName: blankToNull(person.firstName),
    lastName: blankToNull(person.lastName),
    company: blankToNull(person.company),
    title: blankToNull(person.title),
    profiles: cleanProfiles(person.profiles),
    consentContact: person.consent?.contact ?? DEFAULT_CONSENT.contact,
    consentPartnerSharing: person.consent?.partnerSharing ?? DEFAULT_CONSENT.partnerSharing,
  };
}

/**
 * Merges a duplicate record into a participant. Empty names, company, title
 * and profile addresses are filled and filled ones kept; a newer network
 * size replaces the older one. Consent is only ever withdrawn by a merge:
 * granting it again takes an explicit consent change, so an old export
 * cannot undo a withdrawal.
 */
export function mergePerson(state: PersonState, person: PersonInput): { state: PersonState; changed: string[] } {
  const next: PersonState = { ...state, profiles: structuredClone(state.profiles ?? {}) };
  const changed: string[] = [];
  for (const field of ['firstName', 'lastName', 'company', 'title'] as const) {
    const value = blankToNull(person[field]);
    if (value && !next[field]) {
      next[field] = value;
      changed.push(field);
    }
  }
  for (const [network, incoming] of Object.entries(cleanProfiles(person.profiles)) as [Network, NetworkProfile][]) {
    const current = next.profiles[network] ?? {};
    const merged: NetworkProfile = { ...current };
    if (incoming.url && !current.url) merged.url = incoming.url;
    if (incoming.size !== undefined && incoming.size !== current.size) merged.size = incoming.size;
    if (merged.url !== current.url || merged.size !== current.size) {
      next.profiles[network] = merged;
      changed.push(`profiles.${network}`);
    }
  }
  if (person.consent?.contact === false && next.consentContact) {
    next.consentContact = false;
    changed.push('consent.contact');
  }
  if (person.consent?.partnerSharing === false && next.consentPartnerSharing) {
    next.consentPartnerSharing = false;
    changed.push('consent.partnerSharing');
  }

  return { state: next, changed };
}

export function isDefaultConsent(state: Pick<PersonState, 'consentContact' | 'consentPartnerSharing'>): boolean {
  return state.consentContact === DEFAULT_CONSENT.contact && state.consentPartnerSharing === DEFAULT_CONSENT.partnerSharing;
}
