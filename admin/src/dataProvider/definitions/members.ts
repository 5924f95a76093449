import { optionalText, requiredText, type ResourceDefinition } from '../definition';

const selection = 'accountId email displayName role createdAt';

export const membersDefinition: ResourceDefinition = {
  typeName: 'Member',
  list: {
    kind: 'array',
    field: 'members',
    selection,
    searchFields: ['email', 'displayName'],
    exactFilters: ['role'],
  },
  toRecord: (node) => ({ ...node, id: String(node.accountId) }),
  create: {
    document: `mutation AddMember($input: AddMemberInput!) { result: addMember(input: $input) { ${selection} } }`,
    variables: ({ data }) => ({
      input: {
        email: requiredText(data.email),
        displayName: requiredText(data.displayName),
        role: data.role,
        password: optionalText(data.password),
      },
    }),
    record: (result) => ({
      ...(result as Record<string, unknown>),
      id: String((result as { accountId: string }).accountId),
    }),
  },
  update: {
    document:
      'mutation ChangeMemberRole($id: ID!, $role: ApiKeyRole!) { result: changeMemberRole(accountId: $id, role: $role) }',
    variables: ({ id, data }) => ({ id, role: data.role }),
    // The API returns true once the role changed, so the record is the old one with the new role.
    record: (_, { id, data, previousData }) => ({ ...previousData, id, role: data.role }),
  },
  delete: {
    document: 'mutation RemoveMember($id: ID!) { result: removeMember(accountId: $id) }',
    variables: ({ id }) => ({ id }),
    record: (_, { id, previousData }) => ({ ...previousData, id }),
  },
};
