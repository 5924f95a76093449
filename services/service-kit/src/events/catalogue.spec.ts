import { randomUUID } from 'node:crypto';
import { type EventType, InvalidEventError, isEventType, topicOf, validatePayload } from './catalogue.js';
import { Topics } from './topics.js';

const sha256Hex = 'a'.repeat(64);
const occurredAt = '2025-03-14T09:30:00.000Z';

const campaign = {
  campaignId: randomUUID(),
  name: 'Spring summit',
  status: 'live',
  ecosystemId: randomUUID(),
  ecosystemKind: 'event',
  interactionId: randomUUID(),
  interactionKind: 'registration',
  outcome: 'registered',
  costMinor: 0,
  currency: 'USD',
  activationTarget: 0.25,
  destinationUrl: 'https://summit.example/register',
  allowedHosts: ['summit.example'],
  fallbackUrl: null,
  attributionWindowDays: 30,
  timeZone: 'Europe/Paris',
  registrantEcosystemId: null,
};

const validPayloads: [EventType, Record<string, unknown>][] = [
  ['organization.created', { organizationId: randomUUID(), name: 'Acme', timeZone: 'UTC' }],
  ['campaign.created', campaign],
  [
    'invitation.created',
    {
      invitationId: randomUUID(),
      campaignId: randomUUID(),
      participantId: randomUUID(),
      emailHash: sha256Hex,
      links: [{ network: 'linkedin', code: 'Ab3dEf7hJk' }],
      invitedAt: occurredAt,
    },
  ],
  [
    'share.recorded',
    {
      shareId: randomUUID(),
      campaignId: randomUUID(),
      participantId: randomUUID(),
      network: 'x',
      networkSize: 1200,
      sharedAt: '2025-03-14T10:30:00+01:00',
    },
  ],
  [
    'click.received',
    {
      clickId: 'click-0001',
      code: 'Ab3dEf7hJk',
      visitorHash: sha256Hex,
      classification: 'preview',
      method: 'HEAD',
      receivedAt: occurredAt,
    },
  ],
  [
    'conversion.recorded',
    {
      conversionId: randomUUID(),
      campaignId: randomUUID(),
      advocateId: randomUUID(),
      kind: 'demo_request',
      valueMinor: 50000,
      email: 'ada@example.com',
      name: null,
      credited: true,
      selfReferral: false,
      convertedAt: occurredAt,
    },
  ],
  [
    'score.changed',
    {
      participantId: randomUUID(),
      campaignId: randomUUID(),
      campaignPoints: 12.5,
      totalPoints: 40,
    },
  ],
];

const payloadOf = (type: EventType): Record<string, unknown> => validPayloads.find(([name]) => name === type)![1];

/** Runs validatePayload and returns the InvalidEventError it throws, or fails the test when it returns. */
function captureInvalidEvent(type: EventType, data: unknown): InvalidEventError {
  try {
    validatePayload(type, data);
  } catch (error) {
    if (error instanceof InvalidEventError) return error;
    throw error;
  }
  throw new Error(`validatePayload accepted ${JSON.stringify(data)}`);
}

describe('validatePayload', () => {
  it.each(validPayloads)('accepts valid %s payload', (type, data) => {
    expect(validatePayload(type, data)).toEqual(data);
  });

  it('drops fields outside the schema', () => {
    const data = {
      ...payloadOf('organization.created'),
      internalNote: 'not part of the event',
    };

    expect(validatePayload('organization.created', data)).not.toHaveProperty('internalNote');
  });

  it.each<{ type: EventType; data: unknown; path: string }>([
    {
      type: 'share.recorded',
      data: { ...payloadOf('share.recorded'), network: 'myspace' },
      path: 'network',
    },
    {
      type: 'share.recorded',
      data: { ...payloadOf('share.recorded'), networkSize: -1 },
      path: 'networkSize',
    },
    {
      type: 'share.recorded',
      data: { ...payloadOf('share.recorded'), sharedAt: '2025-03-14 10:30' },
      path: 'sharedAt',
    },
    {
      type: 'campaign.created',
      data: { ...campaign, campaignId: 'campaign-1' },
      path: 'campaignId',
    },
    {
      type: 'campaign.created',
      data: { ...campaign, activationTarget: 1.5 },
      path: 'activationTarget',
    },
    {
      type: 'campaign.created',
      data: { ...campaign, currency: 'US' },
      path: 'currency',
    },
    {
      type: 'invitation.created',
      data: {
        ...payloadOf('invitation.created'),
        links: [{ network: 'email', code: 'short' }],
      },
      path: 'links.0.code',
    },
    {
      type: 'invitation.created',
      data: { ...payloadOf('invitation.created'), links: [] },
      path: 'links',
    },
    {
      type: 'click.received',
      data: { ...payloadOf('click.received'), method: 'POST' },
      path: 'method',
    },
    {
      type: 'conversion.recorded',
      data: { ...payloadOf('conversion.recorded'), email: 'not-an-address' },
      path: 'email',
    },
    {
      type: 'conversion.recorded',
      data: { ...payloadOf('conversion.recorded'), kind: 'purchase' },
      path: 'kind',
    },
  ])('rejects $type naming $path', ({ type, data, path }) => {
    expect(captureInvalidEvent(type, data).reason).toMatch(new RegExp(`^${path.replaceAll('.', '\\.')}: `));
  });

  it('names a missing field', () => {
    const { name: _name, ...withoutName } = campaign;

    expect(captureInvalidEvent('campaign.created', withoutName).reason).toMatch(/^name: /);
  });

  it('names the root for null', () => {
    expect(captureInvalidEvent('score.changed', null).reason).toMatch(/^\(root\): /);
  });

  it('lists every invalid field', () => {
    const data = {
      ...payloadOf('score.changed'),
      participantId: 'p-1',
      totalPoints: 'many',
    };

    expect(captureInvalidEvent('score.changed', data).reason.split('; ')).toHaveLength(2);
  });

  it('puts event type in message', () => {
    expect(captureInvalidEvent('score.changed', {}).message).toMatch(/^Invalid score\.changed event: /);
  });

  it('keeps event type on error', () => {
    expect(captureInvalidEvent('score.changed', {}).eventType).toBe('score.changed');
  });
});

describe('isEventType', () => {
  it.each([
    ['click.recorded', true],
    ['participant.erased', true],
    ['click.deleted', false],
    ['toString', false],
    ['', false],
  ])('classifies %j as %s', (type, expected) => {
    expect(isEventType(type)).toBe(expected);
  });
});

describe('topicOf', () => {
  it.each([
    ['campaign.launched', Topics.campaignsEvents],
    ['share.recorded', Topics.trackingEvents],
    ['click.received', Topics.clickIntake],
    ['score.changed', Topics.scoringEvents],
  ] as [EventType, string][])('routes %s to %s', (type, topic) => {
    expect(topicOf(type)).toBe(topic);
  });
});
