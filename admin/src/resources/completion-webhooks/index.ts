import WebhookIcon from '@mui/icons-material/Webhook';
import type { ResourceProps } from 'react-admin';
import { CompletionWebhookCreate } from './CompletionWebhookCreate';
import { CompletionWebhookList } from './CompletionWebhookList';
import { CompletionWebhookShow } from './CompletionWebhookShow';

export const completionWebhooksResource: ResourceProps = {
  name: 'completion-webhooks',
  list: CompletionWebhookList,
  show: CompletionWebhookShow,
  create: CompletionWebhookCreate,
  icon: WebhookIcon,
  recordRepresentation: 'name',
};
