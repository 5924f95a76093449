/**
 * Integration: targeting, forecasts, compounding, maturity and badges on
 * real PostgreSQL, over an organization with three campaigns in one
 * ecosystem, applied one event per transaction.
 */
import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import type { CloudEvent, ServiceRuntime } from '@alg/service-kit';
import { CompoundingService } from '../src/compounding/compounding.service.js';
import { LineageService } from '../src/compounding/lineage.service.js';
import { ForecastService } from '../src/forecast/forecast.service.js';
import { BadgeService } from '../src/gamification/badge.service.js';
import { ScoreLedger } from '../src/ledger/score-ledger.js';
import { MaturityService } from '../src/maturity/maturity.service.js';
import { TargetingService } from '../src/targeting/targeting.service.js';
import { dropRuntime, EventBuilder, testRuntime } from './support/events.js';

jest.setTimeout(120_000);

const DAY = 86_400_000;
let runtime: ServiceRuntime;
const build = new EventBuilder('2026-01-05T15:00:00Z');
const organizationId = build.organizationId;
const campaigns = [randomUUID(), randomUUID(), randomUUID()];
const members = Array.from({ length: 20 }, () => randomUUID());
const [star, steady, quiet, silenced, busy, leaver] = members;
const recruit = randomUUID();
const recruitEmail = 'recruit@example.org';

async function apply(events: CloudEvent[]): Promise<void> {
  const ledger = new ScoreLedger(runtime.outbox);
  for (const event of events) await runtime.transactional((em) => ledger.apply(em, [event]));
}

/** Campaign `index`: launched on day 30 × index, every member invited, `sharers` share. */
function campaignEvents(index: number, sharers: string[]): CloudEvent[] {
  const campaignId = campaigns[index]!;
  const launch = Date.parse('2026-01-10T12:00:00Z') + index * 30 * DAY;
  const events = [build.campaign('campaign.launched', campaignId, { costMinor: 50_000 }), ...members.map((id) => build.invitation(campaignId, id, new Date(launch + DAY)))];
  events[0] = build.event(events[0]!.type, events[0]!.data, new Date(launch));
  for (const [position, id] of sharers.entries()) {
    events.push(build.share(campaignId, id, 'linkedin', 400, new Date(launch + 2 * DAY + position * 60_000)));
    for (let visitor = 0; visitor < (id === star ? 6 : 2); visitor++) {
      events.push(build.click(campaignId, id, `${index}-${id}-${visitor}`, 'human', true, 'linkedin', new Date(launch + 3 * DAY + visitor * 60_000)));
    }
  }

  return events;
}

beforeAll(async () => {
  runtime = await testRuntime('insights');
  await apply([build.organization('Europe/Paris'), ...members.map((id) => build.participant(id))]);
  await apply(campaignEvents(0, [star!, steady!, busy!]));
  await apply(campaignEvents(1, [star!, steady!]));
  const launch3 = Date.parse('2026-01-10T12:00:00Z') + 60 * DAY;
  await apply([
    build.conversion(campaigns[0]!, star!, { email: recruitEmail }, new Date(launch3 - 20 * DAY)),
    build.participant(recruit, {
      origin: 'conversion',
      sourceCampaignId: campaigns[0],
      sourceAdvocateId: star,
      createdAt: new Date(launch3 - 20 * DAY).toISOString(),
    }),
    build.conversion(campaigns[0]!, star!, { email: recruitEmail, kind: 'pipeline' }, new Date(launch3 - 10 * DAY)),
    build.consent(silenced!, false),
  ]);
  await apply(campaignEvents(2, [star!, quiet!]));
  await apply([
    build.share(campaigns[2]!, recruit, 'x', 50, new Date(launch3 + 4 * DAY)),
    build.event('participant.left-ecosystem', { participantId: leaver, ecosystemId: build.ecosystemId }, new Date(launch3 + 5 * DAY)),
  ]);
});

afterAll(async () => {
  await dropRuntime(runtime);
});

describe('targeting', () => {
  const request = () => ({
    organizationId,
    ecosystemId: build.ecosystemId,
    interactionKind: 'EVENT',
    first: 50,
    asOf: new Date(Date.parse('2026-01-10T12:00:00Z') + 75 * DAY),
    frequencyWindowDays: 90,
    maxInvitationsInWindow: 4,
  });

  it('ranks the best advocate first', async () => {
    const result = await new TargetingService(runtime).targets(request());
    expect(result.candidates[0]!.participantId).toBe(star);
    expect(result.candidates[0]!.reasons[0]).toMatch(/^Shared after 3 of 3 invitations/);
    expect(result.priors.activation).toMatchObject({ level: 'ecosystem_and_kind', campaigns: 3 });
  });

  it('starts newcomers from the prior', async () => {
    const result = await new TargetingService(runtime).targets(request());
    const recruitCandidate = result.candidates.find((candidate) => candidate.participantId === recruit)!;
    expect(recruitCandidate.expectation.activationProbability).toBe(result.priors.activation.mean);
    expect(recruitCandidate.reasons[0]).toMatch(/^No invitation yet/);
    const never = result.candidates.find((candidate) => candidate.history.invitations > 0 && candidate.history.activations === 0)!;
    expect(never.expectation.activationProbability).toBeLessThan(result.priors.activation.mean);
  });

  it('leaves out members without consent', async () => {
    const result = await new TargetingService(runtime).targets(request());
    expect(result.excluded).toContainEqual(expect.objectContaining({ participantId: silenced, reason: 'no_contact_consent' }));
    expect(result.candidates.some((candidate) => candidate.participantId === silenced)).toBe(false);
  });

  it('leaves out members who left', async () => {
    const result = await new TargetingService(runtime).targets(request());
    expect(result.candidates.some((candidate) => candidate.participantId === leaver)).toBe(false);
    expect(result.eligible).toBe(members.length - 1);
  });

  it('leaves out members invited too often', async () => {
    const result = await new TargetingService(runtime).targets({ ...request(), maxInvitationsInWindow: 3 });
    const excluded = result.excluded.filter((exclusion) => exclusion.reason === 'invited_too_often');
    expect(excluded).toHaveLength(members.length - 2);
    expect(excluded[0]!.detail).toMatch(/^Invited 3 times in the 90 days before/);
  });

  it('rejects an invalid window naming it', async () => {
    await expect(new TargetingService(runtime).targets({ ...request(), frequencyWindowDays: 0 })).rejects.toThrow(/Invalid frequencyWindowDays 0/);
  });
});

describe('forecast', () => {
  it('forecasts from history before launch', async () => {
    const versus = (await new ForecastService(runtime).versusActual(organizationId, campaigns[2]!))!;
    expect(versus.forecast.population).toBe('invited');
    expect(versus.forecast.invitees).toBe(members.length);
    expect(versus.forecast.historyBefore!.toISOString()).toBe(new Date(Date.parse('2026-01-10T12:00:00Z') + 60 * DAY).toISOString());
    expect(versus.forecast.priors.activation).toMatchObject({ level: 'ecosystem_and_kind', campaigns: 2 });
    const activations = versus.comparisons!.find((row) => row.metric === 'activations')!;
    expect(activations.actual).toBe(2);
    expect(activations.expected).toBeGreaterThan(1);
    expect(activations.expected).toBeLessThan(5);
  });

  it('backtests every launched campaign', async () => {
    const backtest = await new ForecastService(runtime).backtest(organizationId);
    expect(backtest.campaigns.map((campaign) => campaign.forecast.campaignId)).toEqual(campaigns);
    expect(backtest.summary.find((row) => row.metric === 'shares')!.campaigns).toBe(3);
  });

  it('returns nothing for a foreign campaign', async () => {
    expect(await new ForecastService(runtime).forecast(randomUUID(), campaigns[0]!)).toBeNull();
  });
});

describe('compounding', () => {
  it('counts generated participants who advocated', async () => {
    const generated = await new LineageService(runtime).generatedBy(organizationId, campaigns[0]!, 10);
    expect(generated).toMatchObject({ totalCount: 1, laterAdvocated: 1 });
    expect(generated.nodes[0]).toMatchObject({ participantId: recruit, generation: 1, sourceAdvocateId: star });
  });

  it('walks the lineage graph', async () => {
    const graph = await new LineageService(runtime).graph(organizationId, recruit, 5, 100);
    expect(graph.nodes.map((node) => node.participantId)).toEqual([star, recruit]);
    expect(graph.edges).toEqual([expect.objectContaining({ advocateId: star, participantId: recruit, campaignId: campaigns[0] })]);
  });

  it('reports pool, leads and pipeline time', async () => {
    const report = await new CompoundingService(runtime).report(organizationId, 'month');
    expect(report.timeZone).toBe('Europe/Paris');
    expect(report.periods.at(-1)!.advocatePool).toBe(5);
    expect(report.campaigns.map((campaign) => campaign.leads)).toEqual([1, 0, 0]);
    expect(report.campaigns[0]).toMatchObject({ cost: 500, costPerLead: 500, activatedAdvocates: 3 });
    expect(report.timeToPipeline).toMatchObject({ people: 1, converted: 1, medianDays: 10 });
    expect(report.repeatAdvocateShare).toBeCloseTo(2 / 5, 12);
  });
});

describe('maturity', () => {
  it('reaches ecosystem activation', async () => {
    const assessment = await new MaturityService(runtime).assess(organizationId);
    expect(assessment).toMatchObject({ level: 2, name: 'Ecosystem activation', nextLevel: 3 });
    expect(assessment.missing.map((item) => item.code)).toEqual(['generated_participants', 'viral_coefficient']);
  });
});

describe('badges', () => {
  it('awards the recruiter', async () => {
    const badges = await new BadgeService(runtime).badgesOf(organizationId, star!);
    expect(badges.map((badge) => badge.code)).toEqual(['first_share', 'first_conversion', 'recruiter']);
  });
});
