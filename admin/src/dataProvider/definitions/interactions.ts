import { changedFields, optionalText, requiredText, type ResourceDefinition } from '../definition';
import { fromDayFilter, toDayFilter } from './dateFilters';

const selection = 'id name kind venue startsAt endsAt timeZone description location createdAt updatedAt';
const fields = ['name', 'kind', 'venue', 'startsAt', 'endsAt', 'timeZone', 'description', 'location'] as const;

function normalize(field: string, value: unknown): unknown {
  if (field === 'name') return requiredText(value);
  if (field === 'kind') return value;
  return optionalText(value);
}

export const interactionsDefinition: ResourceDefinition = {
  typeName: 'Interaction',
  list: {
    kind: 'connection',
    field: 'interactions',
    selection,
    filters: {
      search: { type: 'String' },
      kinds: { type: '[InteractionKind!]' },
      from: fromDayFilter,
      to: toDayFilter,
    },
    sort: {
      kind: 'orderBy',
      inputType: 'InteractionOrder',
      fields: { name: 'NAME', createdAt: 'CREATED_AT', updatedAt: 'UPDATED_AT' },
    },
  },
  one: { field: 'interaction', selection },
  create: {
    document: `mutation CreateInteraction($input: CreateInteractionInput!) { result: createInteraction(input: $input) { ${selection} } }`,
    variables: ({ data }) => ({
      input: Object.fromEntries(fields.map((field) => [field, normalize(field, data[field])])),
    }),
  },
  update: {
    document: `mutation UpdateInteraction($id: ID!, $input: UpdateInteractionInput!) {
      result: updateInteraction(id: $id, input: $input) { ${selection} }
    }`,
    variables: ({ id, data, previousData }) => ({ id, input: changedFields(data, previousData, fields, normalize) }),
  },
  delete: {
    document: 'mutation DeleteInteraction($id: ID!) { result: deleteInteraction(id: $id) { id name } }',
    variables: ({ id }) => ({ id }),
  },
};
