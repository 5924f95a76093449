import type { ResourceDefinition } from '../definition';

export const API_KEY_SELECTION = 'id name role scopes partnerName createdAt revokedAt';

// Creating a key returns its secret once and revoking is a state change, so
// both run from the views rather than as react-admin's create and delete.
export const apiKeysDefinition: ResourceDefinition = {
  typeName: 'ApiKey',
  list: {
    kind: 'array',
    field: 'apiKeys',
    selection: API_KEY_SELECTION,
    searchFields: ['name', 'partnerName'],
    exactFilters: ['role'],
  },
  toRecord: (node) => ({ ...node, id: String(node.id), status: node.revokedAt ? 'REVOKED' : 'ACTIVE' }),
};
