import type {
  CampaignOutcome,
  CampaignStatus,
  EcosystemKind,
  EventVenue,
  InteractionKind,
  Network,
  ParticipantOrigin,
} from './types';

// Values of the schema's enums, in the schema's order. The console shows each
// through the translation key `alg.enums.<EnumName>.<VALUE>`.

export const enumValues = {
  CampaignStatus: ['DRAFT', 'SCHEDULED', 'LIVE', 'ENDED'] satisfies CampaignStatus[],
  CampaignOutcome: [
    'LEAD_GENERATION',
    'EVENT_REGISTRATION',
    'CONTENT_SYNDICATION',
    'PIPELINE_INFLUENCE',
    'EVANGELISM_AND_BRANDING',
    'ATTENDEE_ENGAGEMENT',
  ] satisfies CampaignOutcome[],
  EcosystemKind: [
    'BUYERS_AND_PROSPECTS',
    'USER_COMMUNITY',
    'PARTNER_NETWORK',
    'ONLINE_COMMUNITIES',
    'EMPLOYEES',
    'EVENT_ATTENDEES',
  ] satisfies EcosystemKind[],
  InteractionKind: [
    'EVENT',
    'PRODUCT_LAUNCH',
    'COMMUNITY_MEETUP',
    'CERTIFICATION_OR_COURSE',
    'INTERNAL_PROGRAM',
    'ALWAYS_ON',
  ] satisfies InteractionKind[],
  EventVenue: ['VIRTUAL', 'PHYSICAL', 'HYBRID'] satisfies EventVenue[],
  ParticipantOrigin: ['IMPORT', 'API', 'CONVERSION', 'COMPLETION'] satisfies ParticipantOrigin[],
  Network: ['LINKEDIN', 'X', 'FACEBOOK', 'EMAIL'] satisfies Network[],
} as const;

export type EnumName = keyof typeof enumValues;

/** A react-admin choice whose name is a translation key. */
export interface EnumChoice {
  id: string;
  name: string;
}

/** Returns the choices of an enum for SelectField and SelectInput, which translate their names. */
export function enumChoices(enumName: EnumName): EnumChoice[] {
  return enumValues[enumName].map((value) => ({ id: value, name: `alg.enums.${enumName}.${value}` }));
}
