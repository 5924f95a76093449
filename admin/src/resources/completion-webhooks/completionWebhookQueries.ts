import { COMPLETION_WEBHOOK_SELECTION } from '../../dataProvider/definitions/completionWebhooks';

export const CREATE_ENDPOINT = `mutation CreateCompletionWebhook($input: CreateCompletionWebhookInput!) {
  result: createCompletionWebhook(input: $input) { secret endpoint { ${COMPLETION_WEBHOOK_SELECTION} } }
}`;

export const ROTATE_SECRET = `mutation RotateCompletionWebhookSecret($id: ID!, $input: RotateCompletionWebhookSecretInput) {
  result: rotateCompletionWebhookSecret(id: $id, input: $input) { secret endpoint { ${COMPLETION_WEBHOOK_SELECTION} } }
}`;

export const DISABLE_ENDPOINT = `mutation DisableCompletionWebhook($id: ID!) { result: disableCompletionWebhook(id: $id) { ${COMPLETION_WEBHOOK_SELECTION} } }`;
export const ENABLE_ENDPOINT = `mutation EnableCompletionWebhook($id: ID!) { result: enableCompletionWebhook(id: $id) { ${COMPLETION_WEBHOOK_SELECTION} } }`;

export interface IssuedEndpointSecret {
  secret: string;
  endpoint: { id: string; url: string; name: string };
}
