import type { EntityManager } from '@alg/service-kit';
import { type ActivityScope, scopeCondition } from './activity-figures.js';

export interface Funnel {
  /** Invitations: one per participant and campaign. */
  invited: number;
  /** Invitations whose participant shared at least once in that campaign. */
  activated: number;
}

export async function loadFunnel(em: EntityManager, scope: ActivityScope): Promise<Funnel> {
  if (scope.campaignIds?.length === 0) return { invited: 0, activated: 0 };
  const condition = scopeCondition(scope, 'participant_id');
  const [row] = await em.execute<{ invited: string; activated: string }[]>(
    `select count(*) as invited,
            count(*) filter (where exists (
              select 1 from share s where s.campaign_id = i.campaign_id and s.participant_id = i.participant_id)) as activated
       from invitation_record i where ${condition.sql}`,
    condition.params,
  );

  return { invited: Number(row?.invited ?? 0), activated: Number(row?.activated ?? 0) };
}
