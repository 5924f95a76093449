import type { ResourceDefinition } from '../definition';

export const COMPLETION_WEBHOOK_SELECTION =
  'id name campaignId url previousSecretExpiresAt createdAt rotatedAt disabledAt';

// Creating an endpoint and rotating its secret return the secret once, so
// those mutations run from the views, which show it and keep it out of caches.
export const completionWebhooksDefinition: ResourceDefinition = {
  typeName: 'CompletionWebhook',
  list: {
    kind: 'connection',
    field: 'completionWebhooks',
    selection: COMPLETION_WEBHOOK_SELECTION,
    filters: { campaignId: { type: 'ID' }, includeDisabled: { type: 'Boolean!' } },
    sort: { kind: 'direction', field: 'createdAt' },
    fixed: { includeDisabled: { type: 'Boolean!', value: true } },
  },
};
