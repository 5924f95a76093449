import type { ServiceRuntime } from '@alg/service-kit';
import { ScoreLedger } from '../ledger/score-ledger.js';
import { loadPointsConfig, storePointsConfig, type StoredPointsConfig } from './points-config.repository.js';
import { type PointsConfig, validatePointsConfig } from './points-config.js';

/** Reads and changes an organization's points configuration. */
export class PointsConfigService {
  private readonly ledger: ScoreLedger;

  constructor(private readonly runtime: ServiceRuntime) {
    this.ledger = new ScoreLedger(runtime.outbox);
  }

  get(organizationId: string): Promise<StoredPointsConfig> {
    return loadPointsConfig(this.runtime.em(), organizationId);
  }

  /**
   * Stores a new configuration and recomputes every advocate's points in
   * the same transaction, so no leaderboard mixes old and new points.
   * Changed campaign points are announced with score.changed events.
   */
  async update(organizationId: string, config: PointsConfig, updatedBy: string): Promise<StoredPointsConfig> {
    const valid = validatePointsConfig(config);
    const result = await this.runtime.transactional(async (em) => {
      await storePointsConfig(em, organizationId, valid, updatedBy);
      const recomputed = await this.ledger.recomputeOrganization(em, organizationId);

      return { config: await loadPointsConfig(em, organizationId), recomputed };
    });
    this.runtime.logger.info(
      { organizationId, campaigns: result.recomputed.campaigns, advocates: result.recomputed.advocates },
      'points configuration changed',
    );

    return result.config;
  }
}
