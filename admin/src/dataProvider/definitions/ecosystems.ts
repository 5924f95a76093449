import { changedFields, optionalText, requiredText, type ResourceDefinition } from '../definition';

const selection = 'id name kind partnerName description memberCount createdAt updatedAt';

export const ecosystemsDefinition: ResourceDefinition = {
  typeName: 'Ecosystem',
  list: {
    kind: 'connection',
    field: 'ecosystems',
    selection,
    filters: { search: { type: 'String' }, kinds: { type: '[EcosystemKind!]' } },
    sort: {
      kind: 'orderBy',
      inputType: 'EcosystemOrder',
      fields: { name: 'NAME', createdAt: 'CREATED_AT', updatedAt: 'UPDATED_AT' },
    },
  },
  one: { field: 'ecosystem', selection },
  create: {
    document: `mutation CreateEcosystem($input: CreateEcosystemInput!) { result: createEcosystem(input: $input) { ${selection} } }`,
    variables: ({ data }) => ({
      input: {
        name: requiredText(data.name),
        kind: data.kind,
        partnerName: optionalText(data.partnerName),
        description: optionalText(data.description),
      },
    }),
  },
  update: {
    document: `mutation UpdateEcosystem($id: ID!, $input: UpdateEcosystemInput!) {
      result: updateEcosystem(id: $id, input: $input) { ${selection} }
    }`,
    // The API clears partnerName and description with an empty text.
    variables: ({ id, data, previousData }) => ({
      id,
      input: changedFields(data, previousData, ['name', 'kind', 'partnerName', 'description'], (field, value) =>
        field === 'name' || field === 'kind' ? value : (optionalText(value) ?? ''),
      ),
    }),
  },
  delete: {
    document: 'mutation DeleteEcosystem($id: ID!) { result: deleteEcosystem(id: $id) { id name } }',
    variables: ({ id }) => ({ id }),
  },
};
