/**
 * A deterministic stream of catalogued events for one organization:
 * participants imported into four ecosystems, then campaign after
 * campaign of invitations, completions, shares, clicks of every
 * classification and conversions that bring new participants in. The
 * same seed yields the same events with the same ids and times, so the
 * stream can be generated twice instead of being held in memory.
 */
import { type CloudEvent, createCloudEvent } from '@alg/service-kit';

export interface WorkloadOptions {
  events: number;
  participants: number;
  seed: number;
}

const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1);
const NETWORKS = ['linkedin', 'x', 'facebook', 'email'] as const;
const KINDS = ['event', 'product_launch', 'community_meetup', 'certification_or_course'] as const;
const ECOSYSTEMS = 4;
const INVITATIONS_PER_CAMPAIGN = 5_000;
const CAMPAIGN_SPACING_DAYS = 7;

/** Mulberry32: a small, fast, seeded pseudo-random generator. */
function random(seed: number): () => number {
  let state = seed >>> 0;

  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);

    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuid(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Math.floor(next() * 4) + 8) as number).toString(16);
  const s = hex.join('');

  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function hex64(next: () => number): string {
  return Array.from({ length: 64 }, () => Math.floor(next() * 16).toString(16)).join('');
}

/** Classifies a visit: 15% previews, 3% bots, 2% the advocate's own clicks, the rest people. */
function classify(roll: number): string {
  if (roll < 0.15) return 'preview';
  if (roll < 0.18) return 'bot';
  if (roll < 0.2) return 'self';

  return 'human';
}

/** Draws a Poisson count by inversion, which is fast enough for the small means used here. */
function poisson(next: () => number, mean: number): number {
  const limit = Math.exp(-mean);
  let count = 0;
  let product = next();
  while (product > limit) {
    count++;
    product *= next();
  }

  return count;
}

interface Person {
  id: string;
  emailHash: string;
  ecosystems: number[];
  /** Latent probability of sharing after an invitation. */
  propensity: number;
  /** Audience per network; 0 when the person is not on it. */
  audience: number[];
}

/** Yields the workload's events in time order. */
export function* syntheticEvents(options: WorkloadOptions): Generator<CloudEvent> {
  const next = random(options.seed);
  const organizationId = uuid(next);
  const ecosystemIds = Array.from({ length: ECOSYSTEMS }, () => uuid(next));
  let emitted = 0;
  let clock = START;
  const event = (type: string, data: unknown, time: number): CloudEvent =>
    createCloudEvent({ source: '/bench', type, organizationId, data, time: new Date(time), id: uuid(next) });

  yield event('organization.created', { organizationId, name: 'Bench Org', timeZone: 'Europe/Berlin' }, clock);
  emitted++;

  const people: Person[] = [];
  const byEcosystem: Person[][] = ecosystemIds.map(() => []);
  const person = (ecosystems: number[]): Person => {
    const audience = NETWORKS.map((_, index) => (next() < (index === 0 ? 0.9 : 0.4) ? Math.round(50 * Math.exp(next() * 4)) : 0));
    const created: Person = { id: uuid(next), emailHash: hex64(next), ecosystems, propensity: next() ** 2 * 0.8, audience };
    people.push(created);
    for (const ecosystem of ecosystems) byEcosystem[ecosystem]!.push(created);

    return created;
  };
  const imported = Math.round(options.participants * 0.92);
  for (let index = 0; index < imported && emitted < options.events; index++) {
    const first = Math.floor(next() * ECOSYSTEMS);
    const ecosystems = next() < 0.3 ? [first, (first + 1) % ECOSYSTEMS] : [first];
    const created = person(ecosystems);
    clock += 20_000;
    yield event(
      'participant.created',
      {
        participantId: created.id,
        emailHash: created.emailHash,
        ecosystemIds: ecosystems.map((e) => ecosystemIds[e]),
        origin: 'import',
        sourceCampaignId: null,
        sourceAdvocateId: null,
        createdAt: new Date(clock).toISOString(),
      },
      clock,
    );
    emitted++;
  }

  for (let campaign = 0; emitted < options.events; campaign++) {
    for (const generated of campaignEvents(campaign)) {
      if (emitted >= options.events) return;
      yield generated;
      emitted++;
    }
  }

  function* campaignEvents(index: number): Generator<CloudEvent> {
    const campaignId = uuid(next);
    const ecosystem = index % ECOSYSTEMS;
    const launchedAt = START + 35 * DAY + index * CAMPAIGN_SPACING_DAYS * DAY;
    const snapshot = {
      campaignId,
      name: `Campaign ${index + 1}`,
      status: 'live',
      ecosystemId: ecosystemIds[ecosystem],
      ecosystemKind: 'user_community',
      interactionId: uuid(next),
      interactionKind: KINDS[Math.floor(index / ECOSYSTEMS) % KINDS.length],
      outcome: 'lead_generation',
      costMinor: 100_000 + Math.floor(next() * 900_000),
      currency: 'EUR',
      activationTarget: 0.2,
      destinationUrl: 'https://bench.example/landing',
      allowedHosts: [],
      fallbackUrl: null,
      attributionWindowDays: 30,
      timeZone: 'Europe/Berlin',
      registrantEcosystemId: ecosystemIds[(ecosystem + 1) % ECOSYSTEMS],
    };
    yield event('campaign.created', { ...snapshot, status: 'draft' }, launchedAt - DAY);
    yield event('campaign.launched', snapshot, launchedAt);

    const pool = byEcosystem[ecosystem]!;
    const invited = new Set<Person>();
    while (invited.size < Math.min(INVITATIONS_PER_CAMPAIGN, pool.length)) invited.add(pool[Math.floor(next() * pool.length)]!);
    let time = launchedAt;
    for (const invitee of invited) {
      time += 30_000;
      if (next() < 0.5) {
        yield event('completion.recorded', { completionId: uuid(next), campaignId, participantId: invitee.id, kind: 'session_attended', occurredAt: new Date(time).toISOString() }, time);
      }
      yield event(
        'invitation.created',
        {
          invitationId: uuid(next),
          campaignId,
          participantId: invitee.id,
          emailHash: invitee.emailHash,
          links: NETWORKS.slice(0, 2).map((network, n) => ({ network, code: hex64(next).slice(0, 10), networkSize: invitee.audience[n] || null })),
          invitedAt: new Date(time).toISOString(),
        },
        time,
      );
      if (next() < 0.004) {
        yield event('participant.consent-changed', { participantId: invitee.id, contact: false, partnerSharing: false, changedAt: new Date(time).toISOString() }, time);
      }
    }
    for (const advocate of invited) {
      if (next() >= advocate.propensity) continue;
      yield* shareEvents(campaignId, advocate, launchedAt + Math.floor(next() * 5 * DAY), snapshot.registrantEcosystemId);
    }
    if (next() < 0.5 && people.length > 10) {
      const erased = people[Math.floor(next() * people.length)]!;
      yield event('participant.erased', { participantId: erased.id }, launchedAt + 6 * DAY);
    }
    yield event('campaign.ended', { ...snapshot, status: 'ended' }, launchedAt + 6 * DAY + 1000);
  }

  function* shareEvents(campaignId: string, advocate: Person, sharedAt: number, registrantEcosystemId: string): Generator<CloudEvent> {
    const networks = NETWORKS.map((_, n) => n).filter((n) => advocate.audience[n]! > 0);
    const used = networks.filter((_, position) => position === 0 || next() < 0.3);
    let time = sharedAt;
    for (const n of used) {
      time += 60_000;
      const network = NETWORKS[n]!;
      yield event('share.recorded', { shareId: uuid(next), campaignId, participantId: advocate.id, network, networkSize: advocate.audience[n], sharedAt: new Date(time).toISOString() }, time);
      const visitors = poisson(next, Math.min(30, 1 + advocate.audience[n]! / 150));
      for (let visitor = 0; visitor < visitors; visitor++) {
        const visitorHash = hex64(next);
        const classification = classify(next());
        const clicks = classification === 'human' && next() < 0.15 ? 2 : 1;
        for (let click = 0; click < clicks; click++) {
          time += 45_000;
          yield event(
            'click.recorded',
            {
              clickId: hex64(next).slice(0, 20),
              campaignId,
              participantId: advocate.id,
              network,
              classification,
              unique: classification === 'human' && click === 0,
              visitorHash,
              clickedAt: new Date(time).toISOString(),
            },
            time,
          );
        }
        if (classification === 'human' && next() < 0.06) yield* conversionEvents(campaignId, advocate, time + 120_000, registrantEcosystemId);
      }
    }
  }

  function* conversionEvents(campaignId: string, advocate: Person, time: number, registrantEcosystemId: string): Generator<CloudEvent> {
    const email = `person-${hex64(next).slice(0, 16)}@bench.example`;
    const selfReferral = next() < 0.03;
    const kinds = next() < 0.2 ? ['lead', 'pipeline'] : ['registration'];
    let at = time;
    for (const kind of kinds) {
      yield event(
        'conversion.recorded',
        {
          conversionId: uuid(next),
          campaignId,
          advocateId: advocate.id,
          kind,
          valueMinor: kind === 'pipeline' ? 100_000 + Math.floor(next() * 5_000_000) : 0,
          email,
          name: null,
          credited: !selfReferral,
          selfReferral,
          convertedAt: new Date(at).toISOString(),
        },
        at,
      );
      at += Math.floor(next() * 30 * DAY);
    }
    if (!selfReferral && people.length < options.participants) {
      const ecosystem = ecosystemIds.indexOf(registrantEcosystemId);
      const created = person([ecosystem]);
      yield event(
        'participant.created',
        {
          participantId: created.id,
          emailHash: created.emailHash,
          ecosystemIds: [registrantEcosystemId],
          origin: 'conversion',
          sourceCampaignId: campaignId,
          sourceAdvocateId: advocate.id,
          createdAt: new Date(time + 1000).toISOString(),
        },
        time + 1000,
      );
    }
  }
}
