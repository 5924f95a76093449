/**
 * Runs one complete advocacy campaign against a running stack, only through
 * the gateway's GraphQL API and the public tracking endpoints: organization,
 * ecosystem, interaction, campaign with share kit, attendee import,
 * completion moments, shares, link visits, registrations, and the final
 * cross-subgraph query. Every figure it returns comes from the services.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { GraphqlClient } from './graphql-client.ts';
import { ROOT, type StackUrls } from './stack.ts';

export interface ActivityPlan {
  sessionAttended: string[];
  shares: { email: string; network: 'linkedin' | 'x'; networkSize: number }[];
  visits: { email: string; network: 'linkedin' | 'x'; humans: number; repeats: number; previews: number; heads: number }[];
  conversions: { advocate: string; network: 'linkedin' | 'x'; visitor: number; email: string; name: string; attends: boolean }[];
}

export interface LoopInput {
  urls: StackUrls;
  operatorToken: string;
  /** Unique per run, so runs against one database never collide. */
  slug: string;
  attendeesCsvPath?: string;
  activityPlanPath?: string;
  log?: (line: string) => void;
}

export interface LoopResult {
  organizationId: string;
  apiKey: string;
  campaignId: string;
  registrantEcosystemId: string;
  importReport: { rowCount: number; createdCount: number; mergedCount: number; rejectedCount: number; rejectedRows: { record: number; line: number; reason: string }[] };
  invitations: number;
  samplePost: { network: string; text: string; link: string; characterCount: number };
  sent: { humanVisits: number; previewVisits: number; registrations: number; attendances: number };
  campaign: CampaignResult;
  registrants: { totalCount: number; nodes: { email: string; lineage: { origin: 'IMPORT' | 'API' | 'CONVERSION' | 'COMPLETION'; sourceCampaignId: string | null; sourceAdvocateId: string | null } }[] };
}

export interface CampaignResult {
  id: string;
  name: string;
  cost: number;
  currency: string;
  metrics: {
    invited: number;
    activated: number;
    activationRate: number | null;
    activationTarget: number;
    targetMet: boolean | null;
    shares: number;
    potentialReach: number;
    byNetwork: { network: string; shares: number; potentialReach: number; clicks: number }[];
    clicks: number;
    uniqueClicks: number;
    previews: number;
    clicksPerShare: number | null;
    clickThroughRate: number | null;
    conversions: number;
    registrations: number;
    attendances: number;
    registrationToAttendanceRate: number | null;
    costPerRegistration: number | null;
    costPerAttendee: number | null;
  } | null;
  leaderboard: {
    rank: number;
    points: number;
    shares: number;
    potentialReach: number;
    uniqueClicks: number;
    conversions: number;
    participant: { id: string; email: string; firstName: string | null; lastName: string | null; score: { score: number } | null };
  }[];
}

type PolledCampaign = CampaignResult & { everyone: { shares: number; uniqueClicks: number; conversions: number }[] };

const CAMPAIGN_QUERY = `query Campaign($id: ID!) {
  campaign(id: $id) {
    id name cost currency
    metrics {
      invited activated activationRate activationTarget targetMet
      shares potentialReach byNetwork { network shares potentialReach clicks }
      clicks uniqueClicks previews clicksPerShare clickThroughRate
      conversions registrations attendances registrationToAttendanceRate
      costPerRegistration costPerAttendee
    }
    leaderboard(first: 10) {
      rank points shares potentialReach uniqueClicks conversions
      participant { id email firstName lastName score { score } }
    }
    everyone: leaderboard(first: 500) { shares uniqueClicks conversions }
  }
}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function poll<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
    value = await read();
  }

  return value;
}

/** Runs tasks with at most `limit` in flight. */
async function inBatches<T, R>(items: T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));

  return results;
}

function visitor(advocateIndex: number, visitorIndex: number) {
  return {
    'x-forwarded-for': `198.51.${advocateIndex % 250}.${visitorIndex + 1}`,
    'user-agent': `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 demo-visitor/${advocateIndex}-${visitorIndex}`,
  };
}

export async function runAdvocacyLoop(input: LoopInput): Promise<LoopResult> {
  const log = input.log ?? (() => undefined);
  const csv = await readFile(input.attendeesCsvPath ?? resolve(ROOT, 'examples/eventbrite-attendees.csv'), 'utf8');
  const plan = JSON.parse(
    await readFile(input.activityPlanPath ?? resolve(ROOT, 'examples/virtual-summit-activity.json'), 'utf8'),
  ) as ActivityPlan;
  const operator = new GraphqlClient(input.urls.gateway, input.operatorToken);

  const { createOrganization } = await operator.request<{
    createOrganization: { organization: { id: string }; adminKey: { secret: string } };
  }>(
    `mutation($input: CreateOrganizationInput!) {
      createOrganization(input: $input) { organization { id } adminKey { secret } }
    }`,
    { input: { name: 'Northwind Events', slug: input.slug, timeZone: 'America/New_York' } },
  );
  const apiKey = createOrganization.adminKey.secret;
  const api = operator.withToken(apiKey);
  log(`created organization ${createOrganization.organization.id}`);

  const setup = await api.request<{
    attendees: { id: string };
    prospects: { id: string };
    interaction: { id: string };
  }>(
    `mutation {
      attendees: createEcosystem(input: { name: "Virtual Summit 2026 attendees", kind: EVENT_ATTENDEES }) { id }
      prospects: createEcosystem(input: { name: "Prospects from advocacy", kind: BUYERS_AND_PROSPECTS }) { id }
      interaction: createInteraction(input: {
        name: "Northwind Virtual Summit 2026", kind: EVENT, venue: VIRTUAL,
        startsAt: "2026-11-18T14:00:00Z", endsAt: "2026-11-18T22:00:00Z"
      }) { id }
    }`,
  );
  const { createCampaign } = await api.request<{ createCampaign: { id: string } }>(
    `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
    {
      input: {
        name: 'Virtual Summit: bring a colleague',
        interactionId: setup.interaction.id,
        ecosystemId: setup.attendees.id,
        outcome: 'EVENT_REGISTRATION',
        cost: 3600,
        currency: 'USD',
        activationTarget: 0.2,
        destinationUrl: 'https://events.example.com/summit-2027/register?src=advocacy&lang=en#form',
        allowedHosts: ['www.example.com'],
        registrantEcosystemId: setup.prospects.id,
        shareKit: [
          {
            network: 'LINKEDIN',
            template:
              'I just attended {interactionName} and it was worth every minute. Next edition registrations are open: {link} #NorthwindSummit',
          },
          { network: 'X', template: 'Just attended {interactionName}. Join me at the next one: {link}' },
        ],
      },
    },
  );
  await api.request(`mutation($id: ID!) { launchCampaign(id: $id) { status } }`, { id: createCampaign.id });
  log(`launched campaign ${createCampaign.id}`);

  const { importParticipants } = await api.request<{ importParticipants: LoopResult['importReport'] }>(
    `mutation($input: ImportParticipantsInput!) {
      importParticipants(input: $input) { rowCount createdCount mergedCount rejectedCount rejectedRows { record line reason } }
    }`,
    { input: { ecosystemId: setup.attendees.id, preset: 'EVENTBRITE', csv } },
  );
  log(`imported ${importParticipants.createdCount} participants (${importParticipants.mergedCount} merged, ${importParticipants.rejectedCount} rejected)`);

  const invitationByEmail = new Map<string, string>();
  await inBatches(plan.sessionAttended, 4, async (email, index) => {
    const { recordCompletion } = await api.request<{ recordCompletion: { invitation: { id: string } | null } }>(
      `mutation($input: RecordCompletionInput!) { recordCompletion(input: $input) { invitation { id } } }`,
      {
        input: {
          campaignId: createCampaign.id,
          email,
          kind: 'SESSION_ATTENDED',
          externalId: `session-keynote-${index}`,
        },
      },
    );
    if (recordCompletion.invitation) invitationByEmail.set(email, recordCompletion.invitation.id);
  });
  log(`recorded ${plan.sessionAttended.length} completion moments, ${invitationByEmail.size} invitations`);

  const sharers = [...new Set(plan.shares.map((share) => share.email))];
  const linksByEmail = new Map<string, Record<string, string>>();
  let samplePost: LoopResult['samplePost'] | undefined;
  await inBatches(sharers, 4, async (email) => {
    const id = invitationByEmail.get(email);
    if (!id) throw new Error(`${email} got no invitation`);
    const { invitation } = await poll(
      `the tracked links of ${email}`,
      () =>
        api.request<{ invitation: { trackedLinks: { network: string; url: string }[]; posts: { network: string; text: string; link: string; characterCount: number }[] } }>(
          `query($id: ID!) { invitation(id: $id) { trackedLinks { network url } posts { network text link characterCount } } }`,
          { id },
        ),
      (value) => value.invitation.trackedLinks.length > 0,
    );
    linksByEmail.set(email, Object.fromEntries(invitation.trackedLinks.map((link) => [link.network.toLowerCase(), link.url])));
    samplePost ??= invitation.posts.find((post) => post.network === 'LINKEDIN');
  });

  await inBatches(plan.shares, 4, async (share) => {
    await api.request(
      `mutation($input: RecordShareInput!) { recordShare(input: $input) { id } }`,
      { input: { invitationId: invitationByEmail.get(share.email), network: share.network.toUpperCase(), networkSize: share.networkSize } },
    );
  });
  log(`recorded ${plan.shares.length} shares by ${sharers.length} advocates`);

  const refs = new Map<string, string>();
  let humanVisits = 0;
  let previewVisits = 0;
  const previewAgents = [
    'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
    'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
    'Twitterbot/1.0',
    'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
  ];
  await inBatches(plan.visits, 4, async (visit) => {
    const advocateIndex = sharers.indexOf(visit.email);
    const url = linksByEmail.get(visit.email)?.[visit.network];
    if (!url) throw new Error(`${visit.email} has no ${visit.network} link`);
    for (let preview = 0; preview < visit.previews; preview++) {
      await fetch(url, { redirect: 'manual', headers: { 'user-agent': previewAgents[preview % previewAgents.length]! } });
      previewVisits++;
    }
    for (let head = 0; head < visit.heads; head++) {
      await fetch(url, { method: 'HEAD', redirect: 'manual', headers: visitor(advocateIndex, 0) });
      previewVisits++;
    }
    for (let human = 0; human < visit.humans; human++) {
      const response = await fetch(url, { redirect: 'manual', headers: visitor(advocateIndex, human) });
      if (response.status !== 302) throw new Error(`${url} answered ${response.status}, expected 302`);
      const location = new URL(response.headers.get('location')!);
      refs.set(`${visit.email}|${visit.network}|${human}`, location.searchParams.get('alg_ref')!);
      humanVisits++;
    }
    for (let repeat = 0; repeat < visit.repeats; repeat++) {
      await fetch(url, { redirect: 'manual', headers: visitor(advocateIndex, 0) });
      humanVisits++;
    }
  });
  log(`sent ${humanVisits} visits by people and ${previewVisits} preview requests`);

  let attendances = 0;
  await inBatches(plan.conversions, 4, async (conversion) => {
    const ref = refs.get(`${conversion.advocate}|${conversion.network}|${conversion.visitor}`);
    if (!ref) throw new Error(`no visit ${conversion.visitor} for ${conversion.advocate}`);
    const kinds = conversion.attends ? ['registration', 'attendance'] : ['registration'];
    for (const kind of kinds) {
      const response = await fetch(`${input.urls.publicTracking}/v1/conversions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ref, kind, email: conversion.email, name: conversion.name }),
      });
      if (response.status !== 201) throw new Error(`conversion answered ${response.status}: ${await response.text()}`);
      if (kind === 'attendance') attendances++;
    }
  });
  log(`sent ${plan.conversions.length} registrations and ${attendances} attendances`);

  // Tracking and scoring consume the events asynchronously: wait until the
  // metrics count every request sent and the scores count every metric.
  const expectedActivity = humanVisits + previewVisits;
  const sum = (entries: PolledCampaign['everyone'], field: 'shares' | 'uniqueClicks' | 'conversions') =>
    entries.reduce((total, entry) => total + entry[field], 0);
  const { campaign: polled } = await poll(
    'the metrics and the leaderboard to include every event',
    () => api.request<{ campaign: PolledCampaign }>(CAMPAIGN_QUERY, { id: createCampaign.id }),
    (value) => {
      const metrics = value.campaign.metrics;
      const everyone = value.campaign.everyone;

      return (
        metrics !== null &&
        metrics.clicks + metrics.previews === expectedActivity &&
        metrics.registrations === plan.conversions.length &&
        metrics.attendances === attendances &&
        sum(everyone, 'shares') === metrics.shares &&
        sum(everyone, 'uniqueClicks') === metrics.uniqueClicks &&
        sum(everyone, 'conversions') === metrics.conversions
      );
    },
  );
  const { everyone: _everyone, ...campaign } = polled;
  const { participants: registrants } = await poll(
    'the registrants to become participants',
    () =>
      api.request<{ participants: LoopResult['registrants'] }>(
        `query($ecosystemId: ID!) {
          participants(ecosystemId: $ecosystemId, first: 100) {
            totalCount nodes { email lineage { origin sourceCampaignId sourceAdvocateId } }
          }
        }`,
        { ecosystemId: setup.prospects.id },
      ),
    (value) => value.participants.totalCount === plan.conversions.length,
  );
  return {
    organizationId: createOrganization.organization.id,
    apiKey,
    campaignId: createCampaign.id,
    registrantEcosystemId: setup.prospects.id,
    importReport: importParticipants,
    invitations: invitationByEmail.size,
    samplePost: samplePost!,
    sent: { humanVisits, previewVisits, registrations: plan.conversions.length, attendances },
    campaign,
    registrants,
  };
}
