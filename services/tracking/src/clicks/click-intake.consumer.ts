import type { CloudEvent, EventConsumerOptions, EventPayload, Outbox } from '@alg/service-kit';
import { ClickRecorder, type IncomingClick } from './click-recorder.js';

/** Queued batches stored per transaction: up to 8,000 clicks. */
const BATCHES_PER_TRANSACTION = 8;

/** Returns the clicks of an intake event, with no previous-day hash for a single-click event. */
function clicksOf(event: CloudEvent): IncomingClick[] {
  if (event.type === 'click.batch-received') return (event.data as EventPayload<'click.batch-received'>).clicks;

  return [{ ...(event.data as EventPayload<'click.received'>), previousVisitorHash: null }];
}

/**
 * Returns the click-intake consumer's options. Each Kafka fetch of queued
 * batches is stored in one transaction, up to eight batches. The
 * single-click events that earlier versions of the redirect sent may still
 * wait in the topic after an upgrade, and are stored the same way.
 */
export function clickIntakeConsumer(outbox: Outbox): Pick<EventConsumerOptions, 'handlers' | 'applyBatch' | 'maxBatchEvents'> {
  const recorder = new ClickRecorder(outbox);

  return {
    handlers: {
      'click.batch-received': async (em, event, log) => {
        await recorder.record(em, clicksOf(event), log);
      },
      'click.received': async (em, event, log) => {
        await recorder.record(em, clicksOf(event), log);
      },
    },
    applyBatch: async (em, events, log) => {
      await recorder.record(em, events.flatMap(clicksOf), log);
    },
    maxBatchEvents: BATCHES_PER_TRANSACTION,
  };
}
