import type { ServiceRuntime } from '@alg/service-kit';
import { assessMaturity, type MaturityAssessment, type MaturityFacts } from './maturity.js';

/** Reads the facts behind the maturity level of an organization. */
export class MaturityService {
  constructor(private readonly runtime: ServiceRuntime) {}

  async assess(organizationId: string): Promise<MaturityAssessment & { facts: MaturityFacts }> {
    const [row] = await this.runtime.em().execute<Record<string, string>[]>(
      `select
         (select count(distinct s.campaign_id) from advocate_campaign_stats s
            join campaign_profile cp on cp.campaign_id = s.campaign_id
           where s.organization_id = ? and s.shares > 0 and cp.launched_at is not null) as campaigns,
         (select coalesce(max(n), 0) from (select count(distinct s.campaign_id) as n from advocate_campaign_stats s
            join campaign_profile cp on cp.campaign_id = s.campaign_id
           where s.organization_id = ? and s.shares > 0 and cp.launched_at is not null group by cp.ecosystem_id) e) as busiest,
         (select count(*) from advocate_score where organization_id = ? and shares > 0) as advocates,
         (select count(*) from advocate_score where organization_id = ? and campaigns >= 2) as repeat,
         (select count(*) from participant_profile where organization_id = ? and source_advocate_id is not null) as generated,
         (select count(*) from participant_profile p where p.organization_id = ? and p.source_advocate_id is not null
            and exists (select 1 from share_credit s where s.organization_id = p.organization_id
                          and s.participant_id = p.participant_id and s.first_shared_at > p.created_at)) as generated_advocated`,
      Array.from({ length: 6 }, () => organizationId),
    );
    const facts: MaturityFacts = {
      campaignsWithShares: Number(row!.campaigns),
      campaignsInBusiestEcosystem: Number(row!.busiest),
      advocates: Number(row!.advocates),
      repeatAdvocates: Number(row!.repeat),
      generatedParticipants: Number(row!.generated),
      generatedWhoAdvocated: Number(row!.generated_advocated),
    };

    return { ...assessMaturity(facts), facts };
  }
}
