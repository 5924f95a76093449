import type { ResourceDefinition } from '../definition';

export const WEBHOOK_SECRET_SELECTION = 'id hint createdAt expiresAt active';

// Tracking's signing secrets for conversion webhooks. Issuing and rotating
// return the secret once and run from the views; revoking is a state change.
export const conversionWebhooksDefinition: ResourceDefinition = {
  typeName: 'WebhookSecret',
  list: {
    kind: 'array',
    field: 'webhookSecrets',
    selection: WEBHOOK_SECRET_SELECTION,
    searchFields: ['hint'],
    exactFilters: ['active'],
  },
};
