import {
  type CloudEvent,
  type EntityManager,
  InvalidEventError,
  isEventType,
  type MikroORM,
  validatePayload,
} from '@alg/service-kit';
import { ACTIVITY_CONSUMER, type AppliedBatch, ScoreLedger } from './score-ledger.js';

/** Tables the ledger derives from events; points_config and the outbox are not among them. */
export const ledgerTables = [
  'organization_profile',
  'organization_clock',
  'campaign_profile',
  'deleted_campaign',
  'participant_profile',
  'participant_ecosystem',
  'participant_consent',
  'erased_participant',
  'erased_person',
  'invitation',
  'completion',
  'share_credit',
  'click_credit',
  'click_ignored',
  'conversion_credit',
  'advocate_campaign_stats',
  'advocate_score',
] as const;

export interface ReplayResult extends AppliedBatch {
  /** Events skipped because the consumer had already applied their id. */
  duplicates: number;
  /** Events skipped because their payload does not match the catalogue. */
  invalid: number;
}

/**
 * Rebuilds the ledger from a stream of events, many per transaction. It
 * validates payloads and skips already applied event ids exactly like the
 * Kafka consumer, and records the ids it applies under the consumer's
 * name, so the consumer can carry on after a replay without applying an
 * event twice. It writes no outbox events.
 */
export class ScoreReplay {
  private readonly ledger = new ScoreLedger(null);

  constructor(private readonly orm: MikroORM) {}

  /** Empties the ledger tables and the consumer's processed-event records, in one transaction. */
  async clear(): Promise<void> {
    await this.orm.em.fork().transactional(async (em) => {
      await em.execute(`truncate ${ledgerTables.join(', ')}`);
      await em.execute(`delete from processed_event where consumer = ?`, [ACTIVITY_CONSUMER]);
    });
  }

  /** Applies one batch in one transaction. */
  async apply(events: CloudEvent[]): Promise<ReplayResult> {
    const { valid, invalid } = this.validate(events);

    return this.orm.em.fork().transactional(async (em) => {
      const fresh = await this.unseen(em, valid);
      const applied = await this.ledger.apply(em, fresh);

      return { ...applied, duplicates: valid.length - fresh.length, invalid };
    });
  }

  private validate(events: CloudEvent[]): { valid: CloudEvent[]; invalid: number } {
    const valid: CloudEvent[] = [];
    let invalid = 0;
    for (const event of events) {
      if (!isEventType(event.type)) continue;
      try {
        valid.push({ ...event, data: validatePayload(event.type, event.data) });
      } catch (err) {
        if (!(err instanceof InvalidEventError)) throw err;
        invalid++;
      }
    }

    return { valid, invalid };
  }

  private async unseen(em: EntityManager, events: CloudEvent[]): Promise<CloudEvent[]> {
    if (events.length === 0) return [];
    const inserted = await em.execute<{ event_id: string }[]>(
      `insert into processed_event (consumer, event_id)
       select ?, id::uuid from jsonb_array_elements_text(?::jsonb) as t(id)
       on conflict do nothing returning event_id`,
      [ACTIVITY_CONSUMER, JSON.stringify(events.map((event) => event.id))],
    );
    const fresh = new Set(inserted.map((row) => row.event_id));
    const result: CloudEvent[] = [];
    for (const event of events) {
      if (fresh.delete(event.id.toLowerCase())) result.push(event);
    }

    return result;
  }
}
