import { type EntityManager, fromMinorUnits, type ServiceRuntime } from '@alg/service-kit';
import type { LinkUrls } from '../links/link-urls.js';
import type {
  ExportedBrowserModel,
  ExportedConversionModel,
  ExportedLinkClicksModel,
  ParticipantTrackingExportModel,
} from './participant-export.model.js';

interface LinkClicksRow {
  link_code: string;
  campaign_id: string;
  network: string;
  human: string;
  unique_human: string;
  self: string;
  preview: string;
  bot: string;
  first_at: Date;
  last_at: Date;
}

interface ConversionRow {
  id: string;
  campaign_id: string;
  kind: string;
  value_minor: string;
  currency: string | null;
  credited: boolean;
  self_referral: boolean;
  within_window: boolean;
  channel: string;
  last_touch_code: string;
  converted_at: Date;
}

const CONVERSION_COLUMNS = `c.id, c.campaign_id, c.kind, c.value_minor, p.currency, c.credited, c.self_referral,
  c.within_window, c.channel, c.last_touch_code, c.converted_at`;

function conversionOf(row: ConversionRow): ExportedConversionModel {
  // A conversion needs its campaign's projection, so the currency is known; USD is the metrics' reading otherwise.
  const currency = row.currency ?? 'USD';

  return {
    id: row.id,
    campaignId: row.campaign_id,
    kind: row.kind,
    value: fromMinorUnits(Number(row.value_minor), currency),
    currency,
    credited: row.credited,
    selfReferral: row.self_referral,
    withinWindow: row.within_window,
    channel: row.channel,
    lastTouchCode: row.last_touch_code,
    convertedAt: new Date(row.converted_at),
  };
}

/**
 * Builds the tracking part of a participant's data export: their links,
 * shares, the clicks on their links counted per link, the conversions
 * credited to them and those they made, and the browsers seen as theirs.
 * Every read is filtered by the caller's organization, so an id of another
 * organization gets empty lists.
 */
export class ParticipantTrackingExportService {
  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly urls: LinkUrls,
  ) {}

  async export(organizationId: string, participantId: string, emailHash: string): Promise<ParticipantTrackingExportModel> {
    const em = this.runtime.em();

    return {
      trackedLinks: await this.trackedLinks(em, organizationId, participantId),
      shares: await this.shares(em, organizationId, participantId),
      clicks: await this.clicks(em, organizationId, participantId),
      conversionsCredited: await this.conversions(em, 'c.advocate_id = ?', organizationId, participantId),
      conversionsMade: await this.conversions(em, 'c.person_key = ?', organizationId, `email:${emailHash}`),
      browsersSeen: await this.browsers(em, organizationId, participantId),
    };
  }

  private async trackedLinks(em: EntityManager, organizationId: string, participantId: string) {
    const rows = await em.execute<
      { code: string; network: string; campaign_id: string; invitation_id: string; network_size: number | null; created_at: Date }[]
    >(
      `select code, network, campaign_id, invitation_id, network_size, created_at from tracked_link
        where organization_id = ? and participant_id = ? order by created_at, code`,
      [organizationId, participantId],
    );

    return rows.map((row) => ({
      code: row.code,
      network: row.network,
      url: this.urls.url(row.code),
      campaignId: row.campaign_id,
      invitationId: row.invitation_id,
      networkSize: row.network_size,
      createdAt: new Date(row.created_at),
    }));
  }

  private async shares(em: EntityManager, organizationId: string, participantId: string) {
    const rows = await em.execute<
      { id: string; campaign_id: string; invitation_id: string; network: string; network_size: number; source: string; shared_at: Date }[]
    >(
      `select id, campaign_id, invitation_id, network, network_size, source, shared_at from share
        where organization_id = ? and participant_id = ? order by shared_at, id`,
      [organizationId, participantId],
    );

    return rows.map((row) => ({
      id: row.id,
      campaignId: row.campaign_id,
      invitationId: row.invitation_id,
      network: row.network,
      networkSize: row.network_size,
      source: row.source,
      sharedAt: new Date(row.shared_at),
    }));
  }

  private async clicks(em: EntityManager, organizationId: string, participantId: string): Promise<ExportedLinkClicksModel[]> {
    const rows = await em.execute<LinkClicksRow[]>(
      `select link_code, campaign_id, network,
              count(*) filter (where classification = 'human') as human,
              count(*) filter (where classification = 'human' and is_unique) as unique_human,
              count(*) filter (where classification = 'self') as self,
              count(*) filter (where classification = 'preview') as preview,
              count(*) filter (where classification = 'bot') as bot,
              min(clicked_at) as first_at, max(clicked_at) as last_at
         from click where organization_id = ? and participant_id = ?
        group by link_code, campaign_id, network order by min(clicked_at), link_code`,
      [organizationId, participantId],
    );

    return rows.map((row) => ({
      linkCode: row.link_code,
      campaignId: row.campaign_id,
      network: row.network,
      humanClicks: Number(row.human),
      uniqueClicks: Number(row.unique_human),
      selfClicks: Number(row.self),
      previews: Number(row.preview),
      bots: Number(row.bot),
      firstClickedAt: new Date(row.first_at),
      lastClickedAt: new Date(row.last_at),
    }));
  }

  private async conversions(em: EntityManager, condition: string, organizationId: string, value: string): Promise<ExportedConversionModel[]> {
    const rows = await em.execute<ConversionRow[]>(
      `select ${CONVERSION_COLUMNS} from conversion c left join campaign_projection p on p.id = c.campaign_id
        where c.organization_id = ? and ${condition} order by c.converted_at, c.id`,
      [organizationId, value],
    );

    return rows.map(conversionOf);
  }

  private async browsers(em: EntityManager, organizationId: string, participantId: string): Promise<ExportedBrowserModel[]> {
    const rows = await em.execute<{ visitor_hash: string; seen_at: Date }[]>(
      `select visitor_hash, seen_at from advocate_visitor where organization_id = ? and participant_id = ? order by seen_at, visitor_hash`,
      [organizationId, participantId],
    );

    return rows.map((row) => ({ visitorHash: row.visitor_hash, seenAt: new Date(row.seen_at) }));
  }
}
