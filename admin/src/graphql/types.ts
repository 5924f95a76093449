// Record shapes that the console selects from the federated schema. Fields
// that only the show views request are optional, because list rows lack them.

export type CampaignStatus = 'DRAFT' | 'SCHEDULED' | 'LIVE' | 'ENDED';

export type CampaignOutcome =
  | 'LEAD_GENERATION'
  | 'EVENT_REGISTRATION'
  | 'CONTENT_SYNDICATION'
  | 'PIPELINE_INFLUENCE'
  | 'EVANGELISM_AND_BRANDING'
  | 'ATTENDEE_ENGAGEMENT';

export type EcosystemKind =
  | 'BUYERS_AND_PROSPECTS'
  | 'USER_COMMUNITY'
  | 'PARTNER_NETWORK'
  | 'ONLINE_COMMUNITIES'
  | 'EMPLOYEES'
  | 'EVENT_ATTENDEES';

export type InteractionKind =
  | 'EVENT'
  | 'PRODUCT_LAUNCH'
  | 'COMMUNITY_MEETUP'
  | 'CERTIFICATION_OR_COURSE'
  | 'INTERNAL_PROGRAM'
  | 'ALWAYS_ON';

export type EventVenue = 'VIRTUAL' | 'PHYSICAL' | 'HYBRID';

export type ParticipantOrigin = 'IMPORT' | 'API' | 'CONVERSION' | 'COMPLETION';

export type Network = 'LINKEDIN' | 'X' | 'FACEBOOK' | 'EMAIL';

export interface Ecosystem {
  id: string;
  name: string;
  kind: EcosystemKind;
  partnerName?: string | null;
  createdAt?: string;
}

export interface Interaction {
  id: string;
  name: string;
  kind?: InteractionKind;
  venue?: EventVenue | null;
  startsAt?: string | null;
  endsAt?: string | null;
  timeZone?: string;
  createdAt?: string;
}

export interface ShareTemplate {
  network: Network;
  template: string;
}

export interface Campaign {
  id: string;
  name: string;
  status: CampaignStatus;
  outcome: CampaignOutcome;
  ecosystem: Pick<Ecosystem, 'id' | 'name'> & Partial<Ecosystem>;
  interaction: Interaction;
  createdAt: string;
  cost?: number;
  currency?: string;
  /** Target activation rate, from 0 to 1. */
  activationTarget?: number;
  destinationUrl?: string;
  allowedHosts?: string[];
  fallbackUrl?: string | null;
  attributionWindowDays?: number;
  invitationWindowDays?: number;
  registrantEcosystem?: Pick<Ecosystem, 'id' | 'name'> | null;
  shareKit?: ShareTemplate[];
  launchedAt?: string | null;
  endedAt?: string | null;
}

export interface Lineage {
  origin: ParticipantOrigin;
  sourceCampaignId?: string | null;
  sourceAdvocateId?: string | null;
}

export interface Participant {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  company: string | null;
  title?: string | null;
  ecosystems?: Array<Pick<Ecosystem, 'id' | 'name' | 'kind'>>;
  lineage: Lineage;
  createdAt: string;
}

/** Campaign.metrics, which the tracking subgraph contributes. */
export interface CampaignMetrics {
  invited: number;
  activated: number;
  activationRate: number;
  activationTarget: number;
  targetMet: boolean;
  shares: number;
  potentialReach: number;
  clicks: number;
  uniqueClicks: number;
  previews: number;
  conversions: number;
  registrations: number;
  costPerRegistration: number | null;
  currency: string;
}

/** One row of Campaign.leaderboard, which the scoring subgraph contributes. */
export interface LeaderboardEntry {
  rank: number;
  points: number;
  participant: Pick<Participant, 'id' | 'firstName' | 'lastName' | 'email'>;
}
