import { InitialSchema } from './0001-initial-schema.js';
import { IntakeAttributionWebhooks } from './0002-intake-attribution-webhooks.js';
import { ParticipantIndexes } from './0003-participant-indexes.js';
import { LeanerClickIndexes } from './0004-leaner-click-indexes.js';
import { OutboxLz4 } from './0005-outbox-lz4.js';
import { WebhookSignatureOnce } from './0006-webhook-signature-once.js';

/** Every migration of the tracking schema, in order. */
export const trackingMigrations = [InitialSchema, IntakeAttributionWebhooks, ParticipantIndexes, LeanerClickIndexes, OutboxLz4, WebhookSignatureOnce];
