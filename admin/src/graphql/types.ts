// Record shapes that the console selects from the federated schema. Fields
// that only the show views request are optional, because list rows lack them.

import type { EnumValue } from './enums';

export type CampaignStatus = EnumValue<'CampaignStatus'>;
export type CampaignOutcome = EnumValue<'CampaignOutcome'>;
export type EcosystemKind = EnumValue<'EcosystemKind'>;
export type InteractionKind = EnumValue<'InteractionKind'>;
export type EventVenue = EnumValue<'EventVenue'>;
export type ParticipantOrigin = EnumValue<'ParticipantOrigin'>;
export type Network = EnumValue<'Network'>;

export interface NamedRef {
  id: string;
  name: string;
}

export interface Ecosystem extends NamedRef {
  kind: EcosystemKind;
  partnerName?: string | null;
  description?: string | null;
  memberCount?: number;
  createdAt?: string;
}

export interface Interaction extends NamedRef {
  kind?: InteractionKind;
  venue?: EventVenue | null;
  startsAt?: string | null;
  endsAt?: string | null;
  timeZone?: string;
  createdAt?: string;
}

export interface ShareTemplate {
  network: Network;
  position?: number;
  template: string;
  subject?: string | null;
}

export interface Campaign {
  id: string;
  name: string;
  description?: string | null;
  status: CampaignStatus;
  outcome: CampaignOutcome;
  ecosystem: NamedRef & { kind?: EcosystemKind };
  interaction: Interaction;
  team?: NamedRef | null;
  createdAt: string;
  updatedAt?: string;
  cost?: number;
  currency?: string;
  /** Target activation rate, from 0 to 1. */
  activationTarget?: number;
  destinationUrl?: string;
  allowedHosts?: string[];
  fallbackUrl?: string | null;
  attributionWindowDays?: number;
  invitationWindowDays?: number;
  registrantEcosystem?: (NamedRef & { kind?: EcosystemKind }) | null;
  shareKit?: ShareTemplate[];
  startsAt?: string | null;
  endsAt?: string | null;
  launchedAt?: string | null;
  endedAt?: string | null;
  invitationCount?: number;
  completionCount?: number;
}

export interface Lineage {
  origin: ParticipantOrigin;
  sourceCampaignId?: string | null;
  sourceAdvocateId?: string | null;
  sourceImportId?: string | null;
}

export interface NetworkProfile {
  network: Network;
  url: string | null;
  size: number | null;
}

export interface Participant {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  company: string | null;
  title?: string | null;
  potentialReach?: number;
  profiles?: NetworkProfile[];
  consent?: { contact: boolean; partnerSharing: boolean; changedAt?: string | null };
  ecosystems?: Array<Pick<Ecosystem, 'id' | 'name' | 'kind'>>;
  lineage: Lineage;
  erasedAt?: string | null;
  createdAt: string;
}

export type PersonRef = Pick<Participant, 'id' | 'email' | 'firstName' | 'lastName'>;
