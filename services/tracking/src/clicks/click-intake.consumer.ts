import type { EventHandlers, Outbox } from '@alg/service-kit';
import { ClickRecorder } from './click-recorder.js';

/**
 * Stores the clicks the redirect queued: batches as one transaction each,
 * and the single-click events that earlier versions of the redirect sent,
 * which may still wait in the topic after an upgrade.
 */
export function clickIntakeHandlers(outbox: Outbox): EventHandlers {
  const recorder = new ClickRecorder(outbox);

  return {
    'click.batch-received': async (em, event, log) => {
      await recorder.record(em, event.data.clicks, log);
    },
    'click.received': async (em, event, log) => {
      await recorder.record(em, [{ ...event.data, previousVisitorHash: null }], log);
    },
  };
}
