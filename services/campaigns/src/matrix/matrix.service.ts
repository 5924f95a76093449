import { Inject, Injectable } from '@nestjs/common';
import { DomainError, fromMinorUnits, ServiceRuntime } from '@alg/service-kit';
import { Campaign, campaignOutcomes } from '../campaigns/campaign.entity.js';
import { campaignSpanSql } from '../campaigns/campaign-period.js';
import { ecosystemKinds } from '../ecosystems/ecosystem.entity.js';
import { interactionKinds } from '../interactions/interaction.entity.js';
import type { CampaignMatrixFilter, CampaignMatrixModel, MatrixCellModel } from './matrix.model.js';

interface CampaignRow {
  id: string;
  outcome: string;
  status: string;
  cost_minor: string;
  currency: string;
  interaction_kind: string;
  ecosystem_kind: string;
  completions: string;
  invitations: string;
  registrants: string;
}

/** Builds the condition on a timestamp column for the period, with its parameters. */
function inPeriod(column: string, filter: CampaignMatrixFilter): { sql: string; params: Date[] } {
  const parts: string[] = [];
  const params: Date[] = [];
  if (filter.from) {
    parts.push(`${column} >= ?`);
    params.push(filter.from);
  }
  if (filter.to) {
    parts.push(`${column} < ?`);
    params.push(filter.to);
  }

  return { sql: parts.length ? ` and ${parts.join(' and ')}` : '', params };
}

@Injectable()
export class MatrixService {
  constructor(@Inject(ServiceRuntime) private readonly runtime: ServiceRuntime) {}

  /** Builds the Interaction × Ecosystem × Outcome grid of the organization's campaigns active in the period. */
  async matrix(organizationId: string, filter: CampaignMatrixFilter): Promise<CampaignMatrixModel> {
    if (filter.from && filter.to && filter.to <= filter.from) {
      throw DomainError.invalid('to', filter.to.toISOString(), 'the end of the period must be after its start.');
    }
    const rows = await this.rows(organizationId, filter);
    const campaigns = rows.length
      ? await this.runtime.em().find(Campaign, { id: { $in: rows.map((row) => row.id) }, organizationId })
      : [];
    const byId = new Map(campaigns.map((campaign) => [campaign.id, campaign]));
    const cells = new Map<string, MatrixCellModel & { costs: Map<string, number> }>();
    for (const row of rows) {
      const key = `${row.interaction_kind}|${row.ecosystem_kind}|${row.outcome}`;
      let cell = cells.get(key);
      if (!cell) {
        cell = {
          interactionKind: row.interaction_kind,
          ecosystemKind: row.ecosystem_kind,
          outcome: row.outcome,
          campaignCount: 0,
          liveCount: 0,
          campaignIds: [],
          campaigns: [],
          completions: 0,
          invitations: 0,
          invitationRate: null,
          registrants: 0,
          cost: [],
          costs: new Map(),
        };
        cells.set(key, cell);
      }
      cell.campaignCount++;
      if (row.status === 'live') cell.liveCount++;
      cell.campaignIds.push(row.id);
      cell.campaigns.push(byId.get(row.id) as never);
      cell.completions += Number(row.completions);
      cell.invitations += Number(row.invitations);
      cell.registrants += Number(row.registrants);
      cell.costs.set(row.currency, (cell.costs.get(row.currency) ?? 0) + Number(row.cost_minor));
    }
    const list = [...cells.values()].map(({ costs, ...cell }) => ({
      ...cell,
      invitationRate: cell.completions > 0 ? cell.invitations / cell.completions : null,
      cost: [...costs.entries()].sort().map(([currency, minor]) => ({ currency, amount: fromMinorUnits(minor, currency) })),
    }));
    const order = (values: readonly string[], value: string) => values.indexOf(value);
    list.sort(
      (a, b) =>
        order(interactionKinds, a.interactionKind) - order(interactionKinds, b.interactionKind) ||
        order(ecosystemKinds, a.ecosystemKind) - order(ecosystemKinds, b.ecosystemKind) ||
        order(campaignOutcomes, a.outcome) - order(campaignOutcomes, b.outcome),
    );

    return {
      interactionKinds: [...interactionKinds],
      ecosystemKinds: [...ecosystemKinds],
      outcomes: [...campaignOutcomes],
      cells: list,
      maxCampaignCount: Math.max(0, ...list.map((cell) => cell.campaignCount)),
      campaignCount: rows.length,
    };
  }

  private rows(organizationId: string, filter: CampaignMatrixFilter): Promise<CampaignRow[]> {
    const span = campaignSpanSql('c');
    const where: string[] = ['c.organization_id = ?'];
    const params: unknown[] = [];
    const completions = inPeriod('occurred_at', filter);
    const invitations = inPeriod('invited_at', filter);
    const registrants = inPeriod('created_at', filter);
    params.push(...completions.params, ...invitations.params, ...registrants.params, organizationId);
    if (filter.teamIds?.length) {
      where.push('c.team_id in (?)');
      params.push(filter.teamIds);
    }
    if (filter.statuses?.length) {
      where.push('c.status in (?)');
      params.push(filter.statuses);
    }
    if (filter.to) {
      where.push(`${span.start} < ?`);
      params.push(filter.to);
    }
    if (filter.from) {
      where.push(`${span.end} >= ?`);
      params.push(filter.from);
    }

    return this.runtime.em().execute<CampaignRow[]>(
      `select c.id, c.outcome, c.status, c.cost_minor, c.currency, i.kind as interaction_kind, e.kind as ecosystem_kind,
         (select count(*) from completion where campaign_id = c.id${completions.sql}) as completions,
         (select count(*) from invitation where campaign_id = c.id${invitations.sql}) as invitations,
         (select count(*) from participant where source_campaign_id = c.id and origin = 'conversion'${registrants.sql}) as registrants
       from campaign c
       join interaction i on i.id = c.interaction_id
       join ecosystem e on e.id = c.ecosystem_id
       where ${where.join(' and ')}
       order by c.created_at, c.id`,
      params,
    );
  }
}
