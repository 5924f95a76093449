import { changedFields, optionalText, requiredText, type ResourceDefinition } from '../definition';
import { fromDayFilter, toDayFilter } from './dateFilters';

const listSelection = `id email firstName lastName company title potentialReach erasedAt createdAt
  consent { contact partnerSharing } lineage { origin sourceCampaignId }`;

export const PARTICIPANT_DETAIL_SELECTION = `id email firstName lastName company title potentialReach erasedAt
  createdAt updatedAt profiles { network url size } consent { contact partnerSharing changedAt }
  ecosystems { id name kind } lineage { origin sourceCampaignId sourceAdvocateId sourceImportId }`;

const textFields = ['email', 'firstName', 'lastName', 'company', 'title'] as const;

interface ProfileValue {
  network?: string;
  url?: string | null;
  size?: number | string | null;
}

/** Profiles from the form's array input, one per network, with empty values as null. */
function profilesOf(value: unknown): Array<{ network: string; url: string | null; size: number | null }> {
  if (!Array.isArray(value)) return [];
  return (value as ProfileValue[])
    .filter((profile) => typeof profile?.network === 'string')
    .map((profile) => ({
      network: profile.network!,
      url: optionalText(profile.url),
      size: profile.size === null || profile.size === undefined || profile.size === '' ? null : Number(profile.size),
    }));
}

export const participantsDefinition: ResourceDefinition = {
  typeName: 'Participant',
  list: {
    kind: 'connection',
    field: 'participants',
    selection: listSelection,
    filters: {
      search: { type: 'String' },
      ecosystemId: { type: 'ID' },
      origins: { type: '[ParticipantOrigin!]' },
      sourceCampaignId: { type: 'ID' },
      contactConsent: { type: 'Boolean' },
      createdFrom: fromDayFilter,
      createdTo: toDayFilter,
      includeErased: { type: 'Boolean!' },
    },
    sort: {
      kind: 'orderBy',
      inputType: 'ParticipantOrder',
      fields: { email: 'EMAIL', createdAt: 'CREATED_AT', updatedAt: 'UPDATED_AT' },
    },
  },
  one: { field: 'participant', selection: PARTICIPANT_DETAIL_SELECTION },
  create: {
    document: `mutation CreateParticipant($input: CreateParticipantInput!) {
      result: createParticipant(input: $input) { ${PARTICIPANT_DETAIL_SELECTION} }
    }`,
    variables: ({ data }) => ({
      input: {
        email: requiredText(data.email),
        firstName: optionalText(data.firstName),
        lastName: optionalText(data.lastName),
        company: optionalText(data.company),
        title: optionalText(data.title),
        profiles: profilesOf(data.profiles),
        consent: { contact: data.contactConsent !== false, partnerSharing: data.partnerSharingConsent === true },
        ecosystemIds: Array.isArray(data.ecosystemIds) ? data.ecosystemIds : [],
      },
    }),
  },
  update: {
    document: `mutation UpdateParticipant($id: ID!, $input: UpdateParticipantInput!) {
      result: updateParticipant(id: $id, input: $input) { ${PARTICIPANT_DETAIL_SELECTION} }
    }`,
    variables: ({ id, data, previousData }) => {
      const input = changedFields(data, previousData, textFields, (field, value) =>
        field === 'email' ? requiredText(value) : optionalText(value),
      );
      const profiles = profilesOf(data.profiles);
      const before = profilesOf(previousData.profiles);
      // A profile removed in the form is cleared, because the API only
      // replaces the networks it is given.
      const removed = before
        .filter((old) => !profiles.some((profile) => profile.network === old.network))
        .map((old) => ({ network: old.network, url: null, size: null }));
      if (JSON.stringify(profiles) !== JSON.stringify(before)) {
        input.profiles = [...profiles, ...removed];
      }
      return { id, input };
    },
  },
};
