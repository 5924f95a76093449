import { createRuntime } from '/work/main/services/scoring/dist/runtime.js';
import * as rc from '/work/main/services/scoring/dist/ledger/recompute.js';
const runtime = createRuntime({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/alg_bench', LOG_LEVEL: 'warn' }, 'scoring_bench');
const [k] = await runtime.orm.em.fork().execute(`select organization_id, campaign_id, participant_id from advocate_campaign_stats order by points_micro desc limit 1 offset 500`);
await runtime.orm.em.fork().transactional(async (tx) => {
  const keys = [{ organizationId: k.organization_id, campaignId: k.campaign_id, participantId: k.participant_id }];
  for (let i = 0; i < 7; i++) await rc.recomputeCampaignStats(tx, keys);
  const json = JSON.stringify([{ organization_id: k.organization_id, campaign_id: k.campaign_id, participant_id: k.participant_id }]);
  const plan = await tx.execute(`explain (analyze, buffers) execute scoring_recompute_stats(?, 10000000, 5000000, 1000000, 20000000, 25000000, 40000000, 15000000, 50000000)`, [json]);
  console.log(plan.map(r => r['QUERY PLAN']).join('\n'));
  const adv = [{ organizationId: k.organization_id, participantId: k.participant_id }];
  for (let i = 0; i < 7; i++) await rc.recomputeAdvocates(tx, adv);
  const json2 = JSON.stringify([{ organization_id: k.organization_id, participant_id: k.participant_id }]);
  const plan2 = await tx.execute(`explain (analyze, buffers) execute scoring_recompute_advocates(?, 10000000, 5000000, 1000000, 20000000, 25000000, 40000000, 15000000, 50000000, 1577836800, 7776000, 1000000)`, [json2]);
  console.log(plan2.map(r => r['QUERY PLAN']).join('\n'));
});
await runtime.close();
