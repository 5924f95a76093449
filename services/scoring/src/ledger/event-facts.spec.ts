import { randomUUID } from 'node:crypto';
import { createCloudEvent, emailHash } from '@alg/service-kit';
import { addEventFacts, knownTimeZone, type LedgerEvent } from './event-facts.js';
import { FactSet } from './facts.js';

const organizationId = randomUUID();
const campaignId = randomUUID();
const participantId = randomUUID();

function factsOf(type: string, data: unknown): FactSet {
  const facts = new FactSet();
  addEventFacts(facts, createCloudEvent({ source: '/test', type, organizationId, data, time: new Date('2026-03-01T10:00:00Z') }) as LedgerEvent);

  return facts;
}

const click = (classification: string, unique: boolean) =>
  factsOf('click.recorded', {
    clickId: 'click-0001',
    campaignId,
    participantId,
    network: 'linkedin',
    classification,
    unique,
    visitorHash: 'b'.repeat(64),
    clickedAt: '2026-03-01T10:00:00+01:00',
  });

describe('addEventFacts', () => {
  it('credits a unique human click', () => {
    const facts = click('human', true);
    expect([...facts.clicks.values()]).toEqual([
      { organizationId, campaignId, participantId, visitorHash: 'b'.repeat(64), clicks: 1, firstClickedAt: '2026-03-01T09:00:00.000Z' },
    ]);
  });

  it.each([
    ['preview', false, 'preview'],
    ['bot', false, 'bot'],
    ['self', false, 'self'],
    ['human', false, 'repeat'],
  ])('ignores a %s click', (classification, unique, reason) => {
    const facts = click(classification, unique);
    expect(facts.clicks.size).toBe(0);
    expect([...facts.ignoredClicks.values()][0]!.reason).toBe(reason);
  });

  it('credits a click batch like its single clicks', () => {
    const recorded = (clickId: string, visitorHash: string, classification: string, unique: boolean, clickedAt: string) => ({
      clickId,
      campaignId,
      participantId,
      network: 'linkedin',
      classification,
      unique,
      visitorHash,
      clickedAt,
    });
    const clicks = [
      recorded('click-0001', 'b'.repeat(64), 'human', true, '2026-03-01T09:00:00.000Z'),
      recorded('click-0002', 'c'.repeat(64), 'human', true, '2026-03-01T09:05:00.000Z'),
      recorded('click-0003', 'b'.repeat(64), 'human', false, '2026-03-01T09:06:00.000Z'),
      recorded('click-0004', 'd'.repeat(64), 'preview', false, '2026-03-01T09:07:00.000Z'),
    ];
    const batch = factsOf('click.batch-recorded', { clicks });
    const single = new FactSet();
    for (const data of clicks) {
      addEventFacts(single, createCloudEvent({ source: '/test', type: 'click.recorded', organizationId, data }) as LedgerEvent);
    }

    expect([...batch.clicks.values()]).toEqual([...single.clicks.values()]);
    expect(batch.clicks.size).toBe(2);
    expect([...batch.ignoredClicks.values()]).toEqual([...single.ignoredClicks.values()]);
    expect(batch.ignoredClicks.size).toBe(2);
    expect(batch.clocks.get(organizationId)).toEqual({ organizationId, latestActivityAt: '2026-03-01T09:07:00.000Z', events: 1 });
  });

  it('hashes the converted e-mail', () => {
    const facts = factsOf('conversion.recorded', {
      conversionId: randomUUID(),
      campaignId,
      advocateId: participantId,
      kind: 'lead',
      valueMinor: 0,
      email: ' Ada@Example.com ',
      name: null,
      credited: true,
      selfReferral: false,
      convertedAt: '2026-03-01T10:00:00Z',
    });
    expect([...facts.conversions.values()][0]!.personHash).toBe(emailHash('ada@example.com'));
  });

  it('counts every event on the clock', () => {
    const facts = factsOf('participant.erased', { participantId });
    expect(facts.clocks.get(organizationId)).toEqual({ organizationId, latestActivityAt: null, events: 1 });
    expect(facts.erasures.has(participantId)).toBe(true);
  });

  it('keeps audience sizes of invitation links', () => {
    const facts = factsOf('invitation.created', {
      invitationId: randomUUID(),
      campaignId,
      participantId,
      emailHash: 'a'.repeat(64),
      links: [
        { network: 'linkedin', code: 'abcdefgh12', networkSize: 420 },
        { network: 'x', code: 'abcdefgh13' },
      ],
      invitedAt: '2026-03-01T10:00:00Z',
    });
    expect([...facts.invitations.values()][0]!.networkSizes).toEqual({ linkedin: 420 });
  });
});

describe('knownTimeZone', () => {
  it('accepts an IANA zone', () => {
    expect(knownTimeZone('Europe/Paris')).toBe('Europe/Paris');
  });

  it('rejects an unknown zone', () => {
    expect(knownTimeZone('Mars/Olympus')).toBeNull();
  });
});
