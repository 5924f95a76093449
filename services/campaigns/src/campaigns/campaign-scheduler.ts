import type { Logger } from 'pino';
import type { ServiceRuntime } from '@alg/service-kit';
import type { CampaignService } from './campaign.service.js';

/**
 * Moves SCHEDULED campaigns to LIVE at their start and LIVE campaigns to
 * ENDED at their planned end, checking every interval. Each move is the
 * ordinary transition, with its event, so a missed tick only delays it.
 */
export class CampaignScheduler {
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly campaigns: CampaignService,
    private readonly logger: Logger,
    private readonly intervalMs = 15_000,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async tick(now = new Date()): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    try {
      const due = await this.runtime.em().execute<{ id: string; organization_id: string; status: string }[]>(
        `select id, organization_id, status from campaign
          where (status = 'scheduled' and starts_at <= ?) or (status = 'live' and ends_at <= ?)
          order by coalesce(starts_at, ends_at) limit 100`,
        [now, now],
      );
      for (const row of due) {
        try {
          await this.campaigns.transition(row.organization_id, row.id, row.status === 'scheduled' ? 'live' : 'ended', now);
        } catch (err) {
          this.logger.warn({ err, campaignId: row.id }, 'scheduled campaign transition failed');
        }
      }

      return due.length;
    } finally {
      this.running = false;
    }
  }
}
