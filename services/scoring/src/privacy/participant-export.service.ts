import { type EntityManager, fromMinorUnits, type ServiceRuntime } from '@alg/service-kit';
import { fromMicro } from '../points/points-config.js';
import { explainScore } from '../scores/score-explanation.js';
import type { ScoreService } from '../scores/score.service.js';
import type {
  ExportedCampaignScoreModel,
  ExportedClickCreditModel,
  ExportedConversionCreditModel,
  ExportedIgnoredClicksModel,
  ExportedShareCreditModel,
  ParticipantScoringExportModel,
} from './participant-export.model.js';

interface ConversionCreditRow {
  conversion_id: string;
  campaign_id: string;
  kind: string;
  value_minor: string;
  currency: string | null;
  credited: boolean;
  self_referral: boolean;
  converted_at: Date;
}

function conversionCreditOf(row: ConversionCreditRow): ExportedConversionCreditModel {
  return {
    conversionId: row.conversion_id,
    campaignId: row.campaign_id,
    kind: row.kind,
    // Campaigns without a profile yet have no known currency; the tracking metrics read those as USD too.
    value: fromMinorUnits(Number(row.value_minor), row.currency ?? 'USD'),
    credited: row.credited,
    selfReferral: row.self_referral,
    convertedAt: new Date(row.converted_at),
  };
}

/**
 * Builds the scoring part of a participant's data export: the score with
 * level and badges, the points per campaign, and the ledger's credits.
 * Every read is filtered by the caller's organization, so an id of another
 * organization gets empty lists and no score.
 */
export class ParticipantScoringExportService {
  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly scores: ScoreService,
  ) {}

  async export(organizationId: string, participantId: string, emailHash: string): Promise<ParticipantScoringExportModel> {
    const em = this.runtime.em();
    const found = await this.scores.scoreOf(organizationId, participantId);

    return {
      score: found ? explainScore(organizationId, found.advocate, found.snapshot) : null,
      campaignScores: await this.campaignScores(em, organizationId, participantId),
      shareCredits: await this.shareCredits(em, organizationId, participantId),
      clickCredits: await this.clickCredits(em, organizationId, participantId),
      ignoredClicks: await this.ignoredClicks(em, organizationId, participantId),
      conversionCredits: await this.conversionCredits(em, 'c.advocate_id = ?', organizationId, participantId),
      conversionsMade: await this.conversionCredits(em, 'c.person_hash = ?', organizationId, emailHash),
    };
  }

  private async campaignScores(em: EntityManager, organizationId: string, participantId: string): Promise<ExportedCampaignScoreModel[]> {
    const rows = await em.execute<
      {
        campaign_id: string;
        points_micro: string;
        shares: number;
        networks: number;
        potential_reach: string;
        unique_clicks: number;
        conversions: number;
        points_reached_at: Date | null;
      }[]
    >(
      `select campaign_id, points_micro, shares, networks, potential_reach, unique_clicks, conversions, points_reached_at
         from advocate_campaign_stats where organization_id = ? and participant_id = ?
        order by first_shared_at nulls last, campaign_id`,
      [organizationId, participantId],
    );

    return rows.map((row) => ({
      campaignId: row.campaign_id,
      points: fromMicro(row.points_micro),
      shares: row.shares,
      networks: row.networks,
      potentialReach: Number(row.potential_reach),
      uniqueClicks: row.unique_clicks,
      conversions: row.conversions,
      pointsReachedAt: row.points_reached_at ? new Date(row.points_reached_at) : null,
    }));
  }

  private async shareCredits(em: EntityManager, organizationId: string, participantId: string): Promise<ExportedShareCreditModel[]> {
    const rows = await em.execute<{ campaign_id: string; network: string; shares: number; network_size: string; first_shared_at: Date }[]>(
      `select campaign_id, network, shares, network_size, first_shared_at from share_credit
        where organization_id = ? and participant_id = ? order by first_shared_at, campaign_id, network`,
      [organizationId, participantId],
    );

    return rows.map((row) => ({
      campaignId: row.campaign_id,
      network: row.network,
      shares: row.shares,
      networkSize: Number(row.network_size),
      firstSharedAt: new Date(row.first_shared_at),
    }));
  }

  private async clickCredits(em: EntityManager, organizationId: string, participantId: string): Promise<ExportedClickCreditModel[]> {
    const rows = await em.execute<{ campaign_id: string; visitors: string; clicks: string; first_clicked_at: Date }[]>(
      `select campaign_id, count(*) as visitors, sum(clicks) as clicks, min(first_clicked_at) as first_clicked_at
         from click_credit where organization_id = ? and participant_id = ?
        group by campaign_id order by min(first_clicked_at), campaign_id`,
      [organizationId, participantId],
    );

    return rows.map((row) => ({
      campaignId: row.campaign_id,
      visitors: Number(row.visitors),
      clicks: Number(row.clicks),
      firstClickedAt: new Date(row.first_clicked_at),
    }));
  }

  private async ignoredClicks(em: EntityManager, organizationId: string, participantId: string): Promise<ExportedIgnoredClicksModel[]> {
    const rows = await em.execute<{ campaign_id: string; reason: string; clicks: number }[]>(
      `select campaign_id, reason, clicks from click_ignored
        where organization_id = ? and participant_id = ? order by campaign_id, reason`,
      [organizationId, participantId],
    );

    return rows.map((row) => ({ campaignId: row.campaign_id, reason: row.reason, clicks: row.clicks }));
  }

  private async conversionCredits(
    em: EntityManager,
    condition: string,
    organizationId: string,
    value: string,
  ): Promise<ExportedConversionCreditModel[]> {
    const rows = await em.execute<ConversionCreditRow[]>(
      `select c.conversion_id, c.campaign_id, c.kind, c.value_minor, p.currency, c.credited, c.self_referral, c.converted_at
         from conversion_credit c left join campaign_profile p on p.campaign_id = c.campaign_id
        where c.organization_id = ? and ${condition} order by c.converted_at, c.conversion_id`,
      [organizationId, value],
    );

    return rows.map(conversionCreditOf);
  }
}
