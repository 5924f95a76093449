import { changedFields, optionalText, requiredText, type ResourceDefinition } from '../definition';
import { fromDayFilter, toDayFilter } from './dateFilters';

export const CAMPAIGN_LIST_SELECTION = `id name status outcome cost currency activationTarget startsAt endsAt
  launchedAt endedAt createdAt updatedAt invitationCount completionCount
  ecosystem { id name kind } interaction { id name kind } team { id name }`;

export const CAMPAIGN_DETAIL_SELECTION = `${CAMPAIGN_LIST_SELECTION} description destinationUrl allowedHosts
  fallbackUrl attributionWindowDays invitationWindowDays
  interaction { id name kind venue startsAt endsAt timeZone }
  registrantEcosystem { id name kind } shareKit { network position template subject }`;

const editableFields = [
  'name',
  'description',
  'teamId',
  'interactionId',
  'ecosystemId',
  'outcome',
  'startsAt',
  'endsAt',
  'cost',
  'currency',
  'activationTarget',
  'destinationUrl',
  'allowedHosts',
  'fallbackUrl',
  'attributionWindowDays',
  'invitationWindowDays',
  'registrantEcosystemId',
] as const;

/** Reads the ids of the nested objects a campaign record holds, so that edit forms can use plain id inputs. */
function withIds(record: Record<string, unknown>): Record<string, unknown> {
  const idOf = (value: unknown) => (value as { id?: string } | null | undefined)?.id ?? null;
  return {
    ...record,
    teamId: record.teamId ?? idOf(record.team),
    interactionId: record.interactionId ?? idOf(record.interaction),
    ecosystemId: record.ecosystemId ?? idOf(record.ecosystem),
    registrantEcosystemId: record.registrantEcosystemId ?? idOf(record.registrantEcosystem),
  };
}

function normalize(field: string, value: unknown): unknown {
  if (['name', 'destinationUrl', 'currency'].includes(field)) return requiredText(value);
  if (['cost', 'activationTarget', 'attributionWindowDays', 'invitationWindowDays'].includes(field)) {
    return value === null || value === undefined || value === '' ? null : Number(value);
  }
  if (field === 'allowedHosts') {
    return Array.isArray(value) ? value.map((host) => String(host).trim()).filter(Boolean) : [];
  }
  return typeof value === 'string' ? optionalText(value) : (value ?? null);
}

export const campaignsDefinition: ResourceDefinition = {
  typeName: 'Campaign',
  list: {
    kind: 'connection',
    field: 'campaigns',
    selection: CAMPAIGN_LIST_SELECTION,
    filters: {
      search: { type: 'String' },
      statuses: { type: '[CampaignStatus!]' },
      outcomes: { type: '[CampaignOutcome!]' },
      ecosystemId: { type: 'ID' },
      interactionId: { type: 'ID' },
      teamIds: { type: '[ID!]' },
      from: fromDayFilter,
      to: toDayFilter,
    },
    sort: {
      kind: 'orderBy',
      inputType: 'CampaignOrder',
      fields: { name: 'NAME', createdAt: 'CREATED_AT', updatedAt: 'UPDATED_AT', status: 'STATUS' },
    },
  },
  one: { field: 'campaign', selection: CAMPAIGN_DETAIL_SELECTION },
  update: {
    document: `mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {
      result: updateCampaign(id: $id, input: $input) { ${CAMPAIGN_DETAIL_SELECTION} }
    }`,
    variables: ({ id, data, previousData }) => ({
      id,
      input: changedFields(withIds(data), withIds(previousData), editableFields, normalize),
    }),
  },
  delete: {
    document: 'mutation DeleteCampaign($id: ID!) { result: deleteCampaign(id: $id) { id name } }',
    variables: ({ id }) => ({ id }),
  },
};
