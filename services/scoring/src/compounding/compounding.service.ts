import { DomainError, type EntityManager, fromMinorUnits, type ServiceRuntime } from '@alg/service-kit';
import { organizationTimeZone } from '../leaderboards/period.js';

export const compoundingPeriods = ['week', 'month', 'quarter', 'year'] as const;
export type CompoundingPeriod = (typeof compoundingPeriods)[number];

const intervals: Record<CompoundingPeriod, string> = { week: '1 week', month: '1 month', quarter: '3 months', year: '1 year' };
export const MAX_COMPOUNDING_PERIODS = 120;

export interface PoolPeriod {
  start: Date;
  end: Date;
  /** Participants who had shared at least once before the end of the period. */
  advocatePool: number;
  /** Participants who shared in the period. */
  activeAdvocates: number;
  /** Participants who shared in the period for the first time. */
  newAdvocates: number;
  /** Participants who shared in the period and had already shared before it. */
  repeatAdvocates: number;
  repeatAdvocateShare: number | null;
  /** Participants who joined through an advocate's link in the period. */
  generatedParticipants: number;
  /** Generated participants per active advocate of the period. */
  viralCoefficient: number | null;
}

export interface CampaignLeadCost {
  campaignId: string;
  cost: number;
  currency: string;
  /** Participants the campaign generated through its advocates' links. */
  leads: number;
  costPerLead: number | null;
  activatedAdvocates: number;
  viralCoefficient: number | null;
}

export interface PipelineTiming {
  /** People with a first conversion and a later pipeline conversion. */
  people: number;
  /** People with a conversion other than pipeline. */
  converted: number;
  medianDays: number | null;
  p90Days: number | null;
  meanDays: number | null;
}

export interface CompoundingReport {
  period: CompoundingPeriod;
  timeZone: string;
  periods: PoolPeriod[];
  campaigns: CampaignLeadCost[];
  /** Generated participants per activated advocate over all time. */
  viralCoefficient: number | null;
  repeatAdvocateShare: number | null;
  timeToPipeline: PipelineTiming;
}

const ratio = (numerator: number, denominator: number) => (denominator > 0 ? numerator / denominator : null);

/** Whether the organization's growth compounds: advocate pool, repeat advocates, leads, virality and time to pipeline. */
export class CompoundingService {
  constructor(private readonly runtime: ServiceRuntime) {}

  async report(organizationId: string, period: CompoundingPeriod): Promise<CompoundingReport> {
    if (!compoundingPeriods.includes(period)) {
      throw DomainError.invalid('period', period, `use one of ${compoundingPeriods.join(', ')}.`);
    }
    const em = this.runtime.em();
    const timeZone = await organizationTimeZone(em, organizationId);
    const [overall] = await em.execute<{ advocates: string; repeat: string; generated: string }[]>(
      `select (select count(*) from advocate_score where organization_id = ? and shares > 0) as advocates,
              (select count(*) from advocate_score where organization_id = ? and campaigns >= 2) as repeat,
              (select count(*) from participant_profile where organization_id = ? and source_advocate_id is not null) as generated`,
      [organizationId, organizationId, organizationId],
    );
    const advocates = Number(overall!.advocates);

    return {
      period,
      timeZone,
      periods: await this.periods(em, organizationId, period, timeZone),
      campaigns: await this.campaigns(em, organizationId),
      viralCoefficient: ratio(Number(overall!.generated), advocates),
      repeatAdvocateShare: ratio(Number(overall!.repeat), advocates),
      timeToPipeline: await this.timeToPipeline(em, organizationId),
    };
  }

  private async periods(em: EntityManager, organizationId: string, period: CompoundingPeriod, timeZone: string): Promise<PoolPeriod[]> {
    const rows = await em.execute<Record<string, string>[]>(
      `with span as (
         select date_trunc(?, min(at) at time zone ?) as first, date_trunc(?, max(at) at time zone ?) as last
           from (select first_shared_at as at from share_credit where organization_id = ?
                 union all select created_at from participant_profile where organization_id = ? and source_advocate_id is not null) t
       ),
       p as (
         select local_start at time zone ? as start, (local_start + ?::interval) at time zone ? as "end"
           from span, generate_series(greatest(first, last - ?::interval * ?), last, ?::interval) as local_start
       )
       select p.start::text, p."end"::text,
              (select count(*) from advocate_score a where a.organization_id = ? and a.first_shared_at < p."end") as pool,
              (select count(distinct s.participant_id) from share_credit s
                where s.organization_id = ? and s.first_shared_at >= p.start and s.first_shared_at < p."end") as active,
              (select count(*) from advocate_score a
                where a.organization_id = ? and a.first_shared_at >= p.start and a.first_shared_at < p."end") as new,
              (select count(distinct s.participant_id) from share_credit s
                 join advocate_score a on a.organization_id = s.organization_id and a.participant_id = s.participant_id
                where s.organization_id = ? and s.first_shared_at >= p.start and s.first_shared_at < p."end"
                  and a.first_shared_at < p.start) as repeat,
              (select count(*) from participant_profile pp where pp.organization_id = ? and pp.source_advocate_id is not null
                  and pp.created_at >= p.start and pp.created_at < p."end") as generated
         from p order by p.start`,
      [
        period,
        timeZone,
        period,
        timeZone,
        organizationId,
        organizationId,
        timeZone,
        intervals[period],
        timeZone,
        intervals[period],
        MAX_COMPOUNDING_PERIODS - 1,
        intervals[period],
        organizationId,
        organizationId,
        organizationId,
        organizationId,
        organizationId,
      ],
    );

    return rows.map((row) => {
      const active = Number(row.active);
      const generated = Number(row.generated);
      const repeat = Number(row.repeat);

      return {
        start: new Date(row.start!),
        end: new Date(row.end!),
        advocatePool: Number(row.pool),
        activeAdvocates: active,
        newAdvocates: Number(row.new),
        repeatAdvocates: repeat,
        repeatAdvocateShare: ratio(repeat, active),
        generatedParticipants: generated,
        viralCoefficient: ratio(generated, active),
      };
    });
  }

  private async campaigns(em: EntityManager, organizationId: string): Promise<CampaignLeadCost[]> {
    const rows = await em.execute<{ campaign_id: string; cost_minor: string; currency: string; leads: string; advocates: string }[]>(
      `select cp.campaign_id, cp.cost_minor, cp.currency,
              (select count(*) from participant_profile p where p.organization_id = cp.organization_id
                 and p.source_campaign_id = cp.campaign_id) as leads,
              (select count(*) from advocate_campaign_stats s where s.campaign_id = cp.campaign_id and s.shares > 0) as advocates
         from campaign_profile cp where cp.organization_id = ? and cp.launched_at is not null
        order by cp.launched_at, cp.campaign_id`,
      [organizationId],
    );

    return rows.map((row) => {
      const cost = fromMinorUnits(Number(row.cost_minor), row.currency);
      const leads = Number(row.leads);
      const advocates = Number(row.advocates);

      return {
        campaignId: row.campaign_id,
        cost,
        currency: row.currency,
        leads,
        costPerLead: ratio(cost, leads),
        activatedAdvocates: advocates,
        viralCoefficient: ratio(leads, advocates),
      };
    });
  }

  /**
   * Days from a person's first conversion of another kind to their first
   * pipeline conversion at or after it. People are matched by the hash of
   * their e-mail, so conversions without an e-mail are not counted.
   */
  private async timeToPipeline(em: EntityManager, organizationId: string): Promise<PipelineTiming> {
    const [row] = await em.execute<Record<string, string | null>[]>(
      `with firsts as (
         select person_hash, min(converted_at) as first_at from conversion_credit
          where organization_id = ? and person_hash is not null and kind <> 'pipeline' group by person_hash
       ),
       timed as (
         select f.person_hash, extract(epoch from min(c.converted_at) - f.first_at) / 86400 as days
           from firsts f join conversion_credit c
             on c.organization_id = ? and c.person_hash = f.person_hash and c.kind = 'pipeline' and c.converted_at >= f.first_at
          group by f.person_hash, f.first_at
       )
       select (select count(*) from firsts) as converted, count(*) as people,
              percentile_cont(0.5) within group (order by days) as median,
              percentile_cont(0.9) within group (order by days) as p90, avg(days) as mean
         from timed`,
      [organizationId, organizationId],
    );
    const number = (value: string | null | undefined) => (value === null || value === undefined ? null : Number(value));

    return {
      people: Number(row!.people),
      converted: Number(row!.converted),
      medianDays: number(row!.median),
      p90Days: number(row!.p90),
      meanDays: number(row!.mean),
    };
  }
}
