// Values of the schema's enums, in the schema's order. The console shows
// each through the translation key `alg.enums.<EnumName>.<VALUE>`.

export const enumValues = {
  CampaignStatus: ['DRAFT', 'SCHEDULED', 'LIVE', 'ENDED'],
  CampaignOutcome: [
    'LEAD_GENERATION',
    'EVENT_REGISTRATION',
    'CONTENT_SYNDICATION',
    'PIPELINE_INFLUENCE',
    'EVANGELISM_AND_BRANDING',
    'ATTENDEE_ENGAGEMENT',
  ],
  EcosystemKind: [
    'BUYERS_AND_PROSPECTS',
    'USER_COMMUNITY',
    'PARTNER_NETWORK',
    'ONLINE_COMMUNITIES',
    'EMPLOYEES',
    'EVENT_ATTENDEES',
  ],
  InteractionKind: [
    'EVENT',
    'PRODUCT_LAUNCH',
    'COMMUNITY_MEETUP',
    'CERTIFICATION_OR_COURSE',
    'INTERNAL_PROGRAM',
    'ALWAYS_ON',
  ],
  EventVenue: ['VIRTUAL', 'PHYSICAL', 'HYBRID'],
  ParticipantOrigin: ['IMPORT', 'API', 'CONVERSION', 'COMPLETION'],
  Network: ['LINKEDIN', 'X', 'FACEBOOK', 'EMAIL'],
  CompletionKind: [
    'SESSION_ATTENDED',
    'REGISTRATION_COMPLETED',
    'CERTIFICATION_EARNED',
    'BOOTH_VISITED',
    'REPORT_DOWNLOADED',
    'CUSTOM',
  ],
  CompletionSource: ['API', 'WEBHOOK', 'IMPORT', 'BOOTH'],
  NotInvitedReason: ['CAMPAIGN_NOT_LIVE', 'OUTSIDE_WINDOW', 'NO_CONTACT_CONSENT', 'ERASED'],
  ImportPreset: ['EVENTBRITE', 'ZOOM', 'HUBSPOT', 'PLAIN', 'CUSTOM'],
  ImportStatus: ['RUNNING', 'COMPLETED', 'FAILED'],
  ImportRowOutcome: ['CREATED', 'MERGED', 'REJECTED', 'SKIPPED'],
  Delimiter: ['COMMA', 'SEMICOLON', 'TAB'],
  ImportFormat: ['CSV', 'JSON'],
  ImportField: [
    'EMAIL',
    'FULL_NAME',
    'FIRST_NAME',
    'LAST_NAME',
    'COMPANY',
    'TITLE',
    'LINKEDIN_URL',
    'X_URL',
    'FACEBOOK_URL',
    'LINKEDIN_SIZE',
    'X_SIZE',
    'FACEBOOK_SIZE',
    'EMAIL_SIZE',
    'CONTACT_CONSENT',
    'CONTACT_OPT_OUT',
    'PARTNER_SHARING_CONSENT',
    'OCCURRED_AT',
    'EXTERNAL_ID',
  ],
  ApiKeyRole: ['VIEWER', 'EDITOR', 'ADMIN'],
  ApiKeyScope: ['READ', 'WRITE', 'CONVERSIONS'],
  ConversionKind: ['REGISTRATION', 'LEAD', 'DEMO_REQUEST', 'ATTENDANCE', 'PIPELINE'],
  LeaderboardPeriod: ['ALL_TIME', 'DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'],
  CompoundingPeriod: ['WEEK', 'MONTH', 'QUARTER', 'YEAR'],
  ForecastMetric: ['ACTIVATIONS', 'SHARES', 'POTENTIAL_REACH', 'CLICKS', 'CONVERSIONS'],
  ScoreComponentName: ['ACTIVITY', 'REACH', 'IMPACT', 'CONSISTENCY'],
  TargetExclusionReason: ['NO_CONTACT_CONSENT', 'INVITED_TOO_OFTEN'],
  PriorLevel: ['ECOSYSTEM_AND_KIND', 'INTERACTION_KIND', 'ECOSYSTEM', 'ORGANIZATION', 'PLATFORM'],
  ForecastPopulation: ['INVITED', 'ECOSYSTEM_MEMBERS'],
} as const satisfies Record<string, readonly string[]>;

export type EnumName = keyof typeof enumValues;
export type EnumValue<Name extends EnumName> = (typeof enumValues)[Name][number];

/** A react-admin choice whose name is a translation key. */
export interface EnumChoice {
  id: string;
  name: string;
}

/** Returns the choices of an enum for SelectField and SelectInput, which translate their names. */
export function enumChoices(enumName: EnumName, only?: readonly string[]): EnumChoice[] {
  return enumValues[enumName]
    .filter((value) => only === undefined || only.includes(value))
    .map((value) => ({ id: value, name: `alg.enums.${enumName}.${value}` }));
}

/** Translation key of one enum value. */
export function enumLabel(enumName: EnumName, value: string): string {
  return `alg.enums.${enumName}.${value}`;
}
