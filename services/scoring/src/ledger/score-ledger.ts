import type { CloudEvent, EntityManager, EventConsumerOptions, EventHandler, EventHandlers, EventType, Outbox } from '@alg/service-kit';
import { levelOf } from '../gamification/levels.js';
import { fromMicro } from '../points/points-config.js';
import { addEventFacts, isLedgerEvent, ledgerEventTypes } from './event-facts.js';
import { writeFacts } from './fact-writer.js';
import { FactSet } from './facts.js';
import {
  type AdvocateKey,
  advocateCampaignsOfOrganization,
  advocatesOfCampaigns,
  advocatesOfOrganizations,
  type PointsChange,
  recomputeAdvocates,
  recomputeCampaignStats,
} from './recompute.js';

/** Name of the consumer that feeds the ledger; its processed-event records are keyed by it. */
export const ACTIVITY_CONSUMER = 'scoring.activity';
const RECOMPUTE_CHUNK = 5_000;

export interface AppliedBatch {
  events: number;
  facts: number;
  campaignChanges: PointsChange[];
  advocateChanges: PointsChange[];
}

function advocateKeys(batch: AdvocateKey[][]): AdvocateKey[] {
  const keys = new Map<string, AdvocateKey>();
  for (const list of batch) for (const key of list) keys.set(`${key.organizationId}|${key.participantId}`, key);

  return [...keys.values()];
}

/**
 * Applies events to the ledger: facts are merged, written, and the
 * derived rows of every touched advocate are recomputed. The consumer
 * calls it with each fetched batch of events, or with one event when a
 * batch failed; a replay calls it with many. All paths run the same code,
 * so they store the same rows.
 */
export class ScoreLedger {
  /** Without an outbox (a replay), no score.changed or level events are written. */
  constructor(private readonly outbox: Outbox | null) {}

  /**
   * Returns the ledger's consumer options: a handler per event type, and a batch function that
   * applies a Kafka fetch in one transaction, so its score events carry the fetch's final totals.
   */
  consumerOptions(): Pick<EventConsumerOptions, 'handlers' | 'applyBatch'> {
    return {
      handlers: this.handlers(),
      applyBatch: async (em, events) => {
        await this.apply(em, events);
      },
    };
  }

  handlers(): EventHandlers {
    const handler: EventHandler<EventType> = async (em, event) => {
      await this.apply(em, [event]);
    };
    const handlers: EventHandlers = {};
    for (const type of ledgerEventTypes) (handlers as Record<string, EventHandler<EventType>>)[type] = handler;

    return handlers;
  }

  async apply(em: EntityManager, events: CloudEvent[]): Promise<AppliedBatch> {
    const facts = new FactSet();
    for (const event of events) if (isLedgerEvent(event)) addEventFacts(facts, event);
    const touched = await writeFacts(em, facts);
    const campaignChanges = await recomputeCampaignStats(em, [...touched.advocateCampaigns.values()]);
    const keys = advocateKeys([
      [...touched.advocateCampaigns.values()],
      await advocatesOfCampaigns(em, [...touched.campaigns]),
      await advocatesOfOrganizations(em, [...touched.organizations]),
    ]).filter((key) => !touched.erased.has(key.participantId));
    const advocateChanges = await recomputeAdvocates(em, keys);
    if (this.outbox) await this.announce(em, campaignChanges, advocateChanges);

    return { events: events.length, facts: facts.size, campaignChanges, advocateChanges };
  }

  /**
   * Recomputes every advocate of an organization after its points
   * configuration changed, in chunks inside the caller's transaction, and
   * bumps the organization's event count so cached scores are dropped.
   */
  async recomputeOrganization(em: EntityManager, organizationId: string): Promise<{ campaigns: number; advocates: number }> {
    const campaignChanges: PointsChange[] = [];
    const advocateChanges: PointsChange[] = [];
    const pairs = await advocateCampaignsOfOrganization(em, organizationId);
    for (let index = 0; index < pairs.length; index += RECOMPUTE_CHUNK) {
      campaignChanges.push(...(await recomputeCampaignStats(em, pairs.slice(index, index + RECOMPUTE_CHUNK))));
    }
    const advocates = await advocatesOfOrganizations(em, [organizationId]);
    for (let index = 0; index < advocates.length; index += RECOMPUTE_CHUNK) {
      advocateChanges.push(...(await recomputeAdvocates(em, advocates.slice(index, index + RECOMPUTE_CHUNK))));
    }
    await em.execute(
      `insert into organization_clock (organization_id, latest_activity_at, events) values (?, null, 1)
       on conflict (organization_id) do update set events = organization_clock.events + 1`,
      [organizationId],
    );
    if (this.outbox) await this.announce(em, campaignChanges, advocateChanges);

    return { campaigns: campaignChanges.length, advocates: advocateChanges.length };
  }

  /** Writes score.changed for each changed campaign total and advocate.level-reached for each level gained. */
  private async announce(em: EntityManager, campaignChanges: PointsChange[], advocateChanges: PointsChange[]): Promise<void> {
    const outbox = this.outbox!;
    const totals = new Map(advocateChanges.map((change) => [`${change.organizationId}|${change.participantId}`, change]));
    for (const change of campaignChanges) {
      if (change.pointsMicro === change.previousPointsMicro) continue;
      const total = totals.get(`${change.organizationId}|${change.participantId}`);
      outbox.add(em, {
        type: 'score.changed',
        organizationId: change.organizationId,
        key: change.participantId,
        data: {
          participantId: change.participantId,
          campaignId: change.campaignId!,
          campaignPoints: fromMicro(change.pointsMicro),
          totalPoints: fromMicro(total?.pointsMicro ?? change.pointsMicro),
        },
      });
    }
    for (const change of advocateChanges) {
      if (change.pointsMicro <= (change.previousPointsMicro ?? 0) || !change.levels) continue;
      const levels = change.levels;
      const before = levelOf(fromMicro(change.previousPointsMicro ?? 0), levels);
      const after = levelOf(fromMicro(change.pointsMicro), levels);
      if (after.level <= before.level || !change.pointsReachedAt) continue;
      outbox.add(em, {
        type: 'advocate.level-reached',
        organizationId: change.organizationId,
        key: change.participantId,
        data: {
          participantId: change.participantId,
          level: after.level,
          name: after.name,
          points: fromMicro(change.pointsMicro),
          reachedAt: new Date(change.pointsReachedAt).toISOString(),
        },
      });
    }
  }
}
