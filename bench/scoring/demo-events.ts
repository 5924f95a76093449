/**
 * The events the services emit when the demo advocacy loop runs
 * (scripts/lib/advocacy-loop.ts over examples/), built directly from the
 * demo files so that scoring can be replayed without a stack. Times
 * follow the loop's order on a fixed timeline starting at `start`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type CloudEvent, createCloudEvent, emailHash, normalizeEmail } from '@alg/service-kit';

export interface ActivityPlan {
  sessionAttended: string[];
  shares: { email: string; network: 'linkedin' | 'x'; networkSize: number }[];
  visits: { email: string; network: 'linkedin' | 'x'; humans: number; repeats: number; previews: number; heads: number }[];
  conversions: { advocate: string; network: 'linkedin' | 'x'; visitor: number; email: string; name: string; attends: boolean }[];
}

export interface DemoEvents {
  organizationId: string;
  campaignId: string;
  attendeesEcosystemId: string;
  prospectsEcosystemId: string;
  participantIdByEmail: Map<string, string>;
  events: CloudEvent[];
}

const MINUTE = 60_000;

/** Derives a UUID from a label, so that every run builds the same ids and the same folds. */
function stableId(label: string): string {
  const hex = createHash('sha256').update(`demo/${label}`).digest('hex');

  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function visitorHash(advocateIndex: number, visitorIndex: number): string {
  return createHash('sha256').update(`demo-visitor/${advocateIndex}-${visitorIndex}`).digest('hex');
}

function attendeeEmails(csv: string): string[] {
  const [header, ...lines] = csv.trim().split(/\r?\n/);
  const column = header!.split(',').indexOf('Email');
  const emails = new Set<string>();
  for (const line of lines) {
    const email = normalizeEmail(line.split(',')[column] ?? '');
    if (email) emails.add(email);
  }

  return [...emails];
}

export function demoEvents(root: string, start: Date): DemoEvents {
  const plan = JSON.parse(readFileSync(resolve(root, 'examples/virtual-summit-activity.json'), 'utf8')) as ActivityPlan;
  const attendees = attendeeEmails(readFileSync(resolve(root, 'examples/eventbrite-attendees.csv'), 'utf8'));
  const organizationId = stableId('organization');
  const campaignId = stableId('campaign');
  const attendeesEcosystemId = stableId('attendees');
  const prospectsEcosystemId = stableId('prospects');
  let sequence = 0;
  const nextId = (kind: string) => stableId(`${kind}/${sequence++}`);
  const events: CloudEvent[] = [];
  let clock = start.getTime();
  const at = (minutes = 1) => new Date((clock += minutes * MINUTE));
  const emit = (type: string, data: unknown, time: Date) =>
    events.push(createCloudEvent({ source: '/demo', type, organizationId, data, time, id: nextId('event') }));

  emit('organization.created', { organizationId, name: 'Northwind Events', timeZone: 'America/New_York' }, at());
  const snapshot = {
    campaignId,
    name: 'Virtual Summit: bring a colleague',
    status: 'live',
    ecosystemId: attendeesEcosystemId,
    ecosystemKind: 'event_attendees',
    interactionId: stableId('interaction'),
    interactionKind: 'event',
    outcome: 'event_registration',
    costMinor: 360_000,
    currency: 'USD',
    activationTarget: 0.2,
    destinationUrl: 'https://events.example.com/summit-2027/register',
    allowedHosts: ['www.example.com'],
    fallbackUrl: null,
    attributionWindowDays: 30,
    timeZone: 'America/New_York',
    registrantEcosystemId: prospectsEcosystemId,
  };
  emit('campaign.created', { ...snapshot, status: 'draft' }, at());
  emit('campaign.launched', snapshot, at());

  const participantIdByEmail = new Map<string, string>();
  for (const email of attendees) {
    const participantId = stableId(`participant/${email}`);
    participantIdByEmail.set(email, participantId);
    const time = at(0.01);
    emit(
      'participant.created',
      {
        participantId,
        emailHash: emailHash(email),
        ecosystemIds: [attendeesEcosystemId],
        origin: 'import',
        sourceCampaignId: null,
        sourceAdvocateId: null,
        createdAt: time.toISOString(),
      },
      time,
    );
  }
  for (const email of plan.sessionAttended) {
    const participantId = participantIdByEmail.get(email)!;
    const time = at(0.1);
    emit('completion.recorded', { completionId: nextId('completion'), campaignId, participantId, kind: 'session_attended', occurredAt: time.toISOString() }, time);
    emit(
      'invitation.created',
      {
        invitationId: nextId('invitation'),
        campaignId,
        participantId,
        emailHash: emailHash(email),
        links: [
          { network: 'linkedin', code: nextId('code').replaceAll('-', '').slice(0, 10) },
          { network: 'x', code: nextId('code').replaceAll('-', '').slice(0, 10) },
        ],
        invitedAt: time.toISOString(),
      },
      time,
    );
  }

  for (const share of plan.shares) {
    const time = at(2);
    const participantId = participantIdByEmail.get(share.email)!;
    emit('share.recorded', { shareId: nextId('share'), campaignId, participantId, network: share.network, networkSize: share.networkSize, sharedAt: time.toISOString() }, time);
  }

  const sharers = [...new Set(plan.shares.map((share) => share.email))];
  for (const visit of plan.visits) {
    const advocateIndex = sharers.indexOf(visit.email);
    const participantId = participantIdByEmail.get(visit.email)!;
    const click = (classification: string, unique: boolean, visitor: number) => {
      const time = at(0.5);
      emit(
        'click.recorded',
        {
          clickId: nextId('click').replaceAll('-', ''),
          campaignId,
          participantId,
          network: visit.network,
          classification,
          unique,
          visitorHash: visitorHash(advocateIndex, visitor),
          clickedAt: time.toISOString(),
        },
        time,
      );
    };
    for (let preview = 0; preview < visit.previews + visit.heads; preview++) click('preview', false, 1000 + preview);
    for (let human = 0; human < visit.humans; human++) click('human', true, human);
    for (let repeat = 0; repeat < visit.repeats; repeat++) click('human', false, 0);
  }

  for (const conversion of plan.conversions) {
    const advocateId = participantIdByEmail.get(conversion.advocate)!;
    const kinds = conversion.attends ? ['registration', 'attendance'] : ['registration'];
    for (const kind of kinds) {
      const time = at(3);
      emit(
        'conversion.recorded',
        {
          conversionId: nextId('conversion'),
          campaignId,
          advocateId,
          kind,
          valueMinor: 0,
          email: conversion.email,
          name: conversion.name,
          credited: true,
          selfReferral: false,
          convertedAt: time.toISOString(),
        },
        time,
      );
      if (kind === 'registration') {
        const participantId = stableId(`participant/${conversion.email}`);
        participantIdByEmail.set(conversion.email, participantId);
        emit(
          'participant.created',
          {
            participantId,
            emailHash: emailHash(normalizeEmail(conversion.email)!),
            ecosystemIds: [prospectsEcosystemId],
            origin: 'conversion',
            sourceCampaignId: campaignId,
            sourceAdvocateId: advocateId,
            createdAt: time.toISOString(),
          },
          time,
        );
      }
    }
  }
  emit('campaign.ended', { ...snapshot, status: 'ended' }, at(60));

  return { organizationId, campaignId, attendeesEcosystemId, prospectsEcosystemId, participantIdByEmail, events };
}
