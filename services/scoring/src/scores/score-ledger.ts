import type { EntityManager, EventHandlers, Outbox } from '@alg/service-kit';
import { CONVERSION_POINTS, campaignPoints } from './points.js';

interface StatsRow {
  shares: number;
  potential_reach: string;
  unique_clicks: number;
  conversion_points: number;
  points: number;
}

/**
 * Applies activity events to the per-campaign stats of each advocate, then
 * recomputes their campaign points and organization total. A points change
 * stamps `points_reached_at` with the event's time, which orders ties.
 */
export class ScoreLedger {
  constructor(private readonly outbox: Outbox) {}

  handlers(): EventHandlers {
    return {
      'participant.created': async (em, event) => {
        const participant = event.data;
        await em.execute(
          `insert into participant_profile
             (participant_id, organization_id, origin, source_campaign_id, source_advocate_id, created_at)
           values (?, ?, ?, ?, ?, ?) on conflict do nothing`,
          [
            participant.participantId,
            event.organizationid,
            participant.origin,
            participant.sourceCampaignId,
            participant.sourceAdvocateId,
            participant.createdAt,
          ],
        );
      },
      'invitation.created': async (em, event) => {
        await this.ensureStats(em, event.organizationid, event.data.campaignId, event.data.participantId);
        await em.execute(`update advocate_campaign_stats set invited = true where campaign_id = ? and participant_id = ?`, [
          event.data.campaignId,
          event.data.participantId,
        ]);
      },
      'share.recorded': async (em, event) => {
        const share = event.data;
        await this.ensureStats(em, event.organizationid, share.campaignId, share.participantId);
        await em.execute(
          `insert into network_reach (campaign_id, participant_id, network, network_size) values (?, ?, ?, ?)
           on conflict (campaign_id, participant_id, network)
           do update set network_size = greatest(network_reach.network_size, excluded.network_size)`,
          [share.campaignId, share.participantId, share.network, share.networkSize],
        );
        await em.execute(
          `update advocate_campaign_stats set shares = shares + 1,
             potential_reach = (select coalesce(sum(network_size), 0) from network_reach
                                 where campaign_id = ? and participant_id = ?)
           where campaign_id = ? and participant_id = ?`,
          [share.campaignId, share.participantId, share.campaignId, share.participantId],
        );
        await this.recompute(em, event.organizationid, share.campaignId, share.participantId, event.time);
      },
      'click.recorded': async (em, event) => {
        const click = event.data;
        if (click.classification !== 'human') return;
        await this.ensureStats(em, event.organizationid, click.campaignId, click.participantId);
        await em.execute(
          `update advocate_campaign_stats set clicks = clicks + 1, unique_clicks = unique_clicks + ?
           where campaign_id = ? and participant_id = ?`,
          [click.unique ? 1 : 0, click.campaignId, click.participantId],
        );
        if (click.unique) {
          await this.recompute(em, event.organizationid, click.campaignId, click.participantId, event.time);
        }
      },
      'conversion.recorded': async (em, event) => {
        const conversion = event.data;
        if (!conversion.credited) return;
        await this.ensureStats(em, event.organizationid, conversion.campaignId, conversion.advocateId);
        const points = CONVERSION_POINTS[conversion.kind];
        await em.execute(
          `update advocate_campaign_stats set conversions = conversions + 1, conversion_points = conversion_points + ?
           where campaign_id = ? and participant_id = ?`,
          [points, conversion.campaignId, conversion.advocateId],
        );
        await this.recompute(em, event.organizationid, conversion.campaignId, conversion.advocateId, event.time);
      },
    };
  }

  private async ensureStats(em: EntityManager, organizationId: string, campaignId: string, participantId: string) {
    await em.execute(
      `insert into advocate_campaign_stats (organization_id, campaign_id, participant_id)
       values (?, ?, ?) on conflict do nothing`,
      [organizationId, campaignId, participantId],
    );
  }

  private async recompute(
    em: EntityManager,
    organizationId: string,
    campaignId: string,
    participantId: string,
    at: string,
  ): Promise<void> {
    const [stats] = await em.execute<StatsRow[]>(
      `select shares, potential_reach, unique_clicks, conversion_points, points
         from advocate_campaign_stats where campaign_id = ? and participant_id = ?`,
      [campaignId, participantId],
    );
    const points = campaignPoints({
      shares: stats!.shares,
      uniqueClicks: stats!.unique_clicks,
      conversionPoints: stats!.conversion_points,
      potentialReach: Number(stats!.potential_reach),
    });
    if (points === stats!.points) return;
    await em.execute(
      `update advocate_campaign_stats set points = ?, points_reached_at = ? where campaign_id = ? and participant_id = ?`,
      [points, at, campaignId, participantId],
    );
    const [total] = await em.execute<{ points: number; shares: string; unique_clicks: string; conversions: string; campaigns: string }[]>(
      `select coalesce(sum(points), 0) as points, coalesce(sum(shares), 0) as shares,
              coalesce(sum(unique_clicks), 0) as unique_clicks, coalesce(sum(conversions), 0) as conversions,
              count(*) filter (where shares > 0) as campaigns
         from advocate_campaign_stats where organization_id = ? and participant_id = ?`,
      [organizationId, participantId],
    );
    await em.execute(
      `insert into advocate_score
         (organization_id, participant_id, points, shares, unique_clicks, conversions, campaigns, points_reached_at)
       values (?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (organization_id, participant_id) do update set
         points = excluded.points, shares = excluded.shares, unique_clicks = excluded.unique_clicks,
         conversions = excluded.conversions, campaigns = excluded.campaigns,
         points_reached_at = excluded.points_reached_at`,
      [
        organizationId,
        participantId,
        total!.points,
        Number(total!.shares),
        Number(total!.unique_clicks),
        Number(total!.conversions),
        Number(total!.campaigns),
        at,
      ],
    );
    this.outbox.add(em, {
      type: 'score.changed',
      organizationId,
      key: participantId,
      data: { participantId, campaignId, campaignPoints: points, totalPoints: Number(total!.points) },
    });
  }
}
