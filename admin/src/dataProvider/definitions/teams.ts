import { changedFields, optionalText, requiredText, type ResourceDefinition } from '../definition';

const selection = 'id name description createdAt updatedAt';

export const teamsDefinition: ResourceDefinition = {
  typeName: 'Team',
  list: {
    kind: 'connection',
    field: 'teams',
    selection,
    filters: { search: { type: 'String' } },
    sort: { kind: 'orderBy', inputType: 'TeamOrder', fields: { name: 'NAME', createdAt: 'CREATED_AT' } },
  },
  one: { field: 'team', selection },
  create: {
    document: `mutation CreateTeam($input: CreateTeamInput!) { result: createTeam(input: $input) { ${selection} } }`,
    variables: ({ data }) => ({
      input: { name: requiredText(data.name), description: optionalText(data.description) },
    }),
  },
  update: {
    document: `mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) { result: updateTeam(id: $id, input: $input) { ${selection} } }`,
    variables: ({ id, data, previousData }) => ({
      id,
      input: changedFields(data, previousData, ['name', 'description'], (field, value) =>
        field === 'name' ? requiredText(value) : (optionalText(value) ?? ''),
      ),
    }),
  },
  delete: {
    document: 'mutation DeleteTeam($id: ID!) { result: deleteTeam(id: $id) { id name } }',
    variables: ({ id }) => ({ id }),
  },
};
