/**
 * Forecast backtest over the demo data (examples/): the demo campaign's
 * events are replayed into a fresh scoring schema, then
 *  1. the service's rolling-origin backtest forecasts the campaign from
 *     the history before its launch (for the demo that is the platform
 *     priors alone, as the organization has no earlier campaign), and
 *  2. a 5-fold cross-validation by invitee fits the empirical Bayes
 *     priors on four fifths of the invitees, as if they were an earlier
 *     campaign of the same ecosystem and interaction kind, and forecasts
 *     the remaining fifth, whose own history is empty.
 * Each prints the forecast error per metric. Needs the built services.
 *
 *   node bench/scoring/backtest.ts
 */
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from '@alg/service-kit';
import { type ForecastComparison, compare, summarize } from '../../services/scoring/dist/forecast/backtest.js';
import { expectInvitee, forecastTotals } from '../../services/scoring/dist/forecast/forecast.js';
import { ForecastService } from '../../services/scoring/dist/forecast/forecast.service.js';
import { ScoreReplay } from '../../services/scoring/dist/ledger/score-replay.js';
import { createRuntime } from '../../services/scoring/dist/runtime.js';
import { ScoreService } from '../../services/scoring/dist/scores/score.service.js';
import { type CampaignOutcome, priorsFor } from '../../services/scoring/dist/targeting/priors.js';
import { demoEvents } from './demo-events.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DATABASE = process.env.ALG_BENCH_DATABASE ?? 'alg_bench';
const FOLDS = 5;

interface InviteeOutcome {
  participantId: string;
  activated: number;
  shares: number;
  reach: number;
  networks: number;
  clicks: number;
  conversions: number;
}

type Summary = ReturnType<typeof summarize>;

function printSummary(title: string, summary: Summary): void {
  console.log(title);
  console.log('  metric           campaigns  mean abs error  mean abs % error  bias      coverage of 80% interval');
  for (const row of summary) {
    const percent = row.meanAbsolutePercentageError === null ? 'n/a' : `${(100 * row.meanAbsolutePercentageError).toFixed(1)}%`;
    console.log(
      `  ${row.metric.padEnd(16)} ${String(row.campaigns).padStart(9)}  ${row.meanAbsoluteError.toFixed(2).padStart(14)}  ${percent.padStart(16)}  ${row.bias.toFixed(2).padStart(8)}  ${(100 * row.coverage).toFixed(0)}%`,
    );
  }
}

function outcomeOf(rows: InviteeOutcome[], ecosystemId: string): CampaignOutcome {
  const sum = (field: keyof Omit<InviteeOutcome, 'participantId'>) => rows.reduce((total, row) => total + row[field], 0);

  return {
    campaignId: 'training-folds',
    ecosystemId,
    interactionKind: 'event',
    invitations: rows.length,
    activations: sum('activated'),
    shares: sum('shares'),
    clicks: sum('clicks'),
    conversions: sum('conversions'),
    reach: sum('reach'),
    networks: sum('networks'),
    conversionPointsMicro: 0,
  };
}

async function main(): Promise<void> {
  execFileSync('bash', [resolve(ROOT, 'infra/bin/postgres'), 'ensure', DATABASE], { stdio: 'ignore' });
  const runtime = createRuntime({ DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${DATABASE}`, LOG_LEVEL: 'warn' }, 'scoring_backtest');
  await runtime.orm.em.fork().execute(`drop schema if exists scoring_backtest cascade`);
  await migrate(runtime.orm, 'scoring_backtest', runtime.logger);
  const demo = demoEvents(ROOT, new Date('2026-11-18T14:00:00Z'));
  await new ScoreReplay(runtime.orm).apply(demo.events);
  console.log(`replayed ${demo.events.length} demo events`);

  const rolling = await new ForecastService(runtime).backtest(demo.organizationId);
  for (const campaign of rolling.campaigns) {
    console.log(`campaign ${campaign.forecast.campaignId}: ${campaign.forecast.invitees} invitees, priors from ${campaign.forecast.priors.activation.level}`);
    for (const row of campaign.comparisons!) {
      console.log(`  ${row.metric.padEnd(16)} forecast ${row.expected.toFixed(1)} [${row.low.toFixed(0)}, ${row.high.toFixed(0)}]  actual ${row.actual}`);
    }
  }
  printSummary('rolling-origin backtest (history before launch only):', rolling.summary);

  const em = runtime.orm.em.fork();
  const invitees = (
    await em.execute<Record<string, string>[]>(
      `select i.participant_id, (coalesce(s.shares, 0) > 0)::int as activated, coalesce(s.shares, 0) as shares,
              coalesce(s.potential_reach, 0) as reach, coalesce(s.networks, 0) as networks,
              coalesce(s.unique_clicks, 0) as clicks, coalesce(s.conversions, 0) as conversions
         from invitation i left join advocate_campaign_stats s on s.campaign_id = i.campaign_id and s.participant_id = i.participant_id
        where i.campaign_id = ? order by i.participant_id`,
      [demo.campaignId],
    )
  ).map((row) => ({
    participantId: row.participant_id!,
    activated: Number(row.activated),
    shares: Number(row.shares),
    reach: Number(row.reach),
    networks: Number(row.networks),
    clicks: Number(row.clicks),
    conversions: Number(row.conversions),
  }));
  const folds: ForecastComparison[][] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const test = invitees.filter((_, index) => index % FOLDS === fold);
    const training = invitees.filter((_, index) => index % FOLDS !== fold);
    const priors = priorsFor([outcomeOf(training, demo.attendeesEcosystemId)], demo.attendeesEcosystemId, 'event');
    const expectations = test.map((invitee) =>
      expectInvitee({ participantId: invitee.participantId, invitations: 0, activations: 0, shares: 0, clicks: 0, conversions: 0, reachPerShare: null }, priors),
    );
    const actual = outcomeOf(test, demo.attendeesEcosystemId);
    const actuals: Record<string, number> = {
      activations: actual.activations,
      shares: actual.shares,
      potential_reach: actual.reach,
      clicks: actual.clicks,
      conversions: actual.conversions,
    };
    folds.push(forecastTotals(expectations, priors).map((interval) => compare(interval, actuals[interval.metric]!)));
  }
  printSummary(`${FOLDS}-fold cross-validation by invitee (${invitees.length} invitees, priors fitted on the other folds):`, summarize(folds));

  const snapshot = await new ScoreService(runtime).snapshot(demo.organizationId);
  const top = snapshot.scores.byScore[0]!;
  const byPoints = [...snapshot.scores.advocates.values()].find((advocate) => advocate.pointsRank === 1)!;
  console.log(`advocate with the most points has score ${byPoints.score}; the best score (${top.score}) belongs to the points rank ${top.pointsRank} advocate`);
  await runtime.close();
}

await main();
