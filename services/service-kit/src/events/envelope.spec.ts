import { randomUUID } from 'node:crypto';
import { cloudEventSchema, createCloudEvent } from './envelope.js';

const organizationId = randomUUID();
const data = { participantId: randomUUID() };

describe('createCloudEvent', () => {
  const id = randomUUID();
  const time = new Date('2025-03-14T09:30:00.000Z');
  const event = createCloudEvent({
    source: '/services/campaigns',
    type: 'participant.erased',
    organizationId,
    subject: 'participant/42',
    data,
    id,
    time,
  });

  it.each([
    ['specversion', '1.0'],
    ['id', id],
    ['source', '/services/campaigns'],
    ['type', 'participant.erased'],
    ['time', '2025-03-14T09:30:00.000Z'],
    ['subject', 'participant/42'],
    ['datacontenttype', 'application/json'],
    ['organizationid', organizationId],
  ])('sets %s', (field, expected) => {
    expect(event[field as keyof typeof event]).toBe(expected);
  });

  it('carries the data unchanged', () => {
    expect(event.data).toBe(data);
  });

  it('passes cloudEventSchema', () => {
    expect(cloudEventSchema.safeParse(event).success).toBe(true);
  });

  describe('without id and time', () => {
    const before = Date.now();
    const first = createCloudEvent({
      source: 'test',
      type: 'participant.erased',
      organizationId,
      data,
    });
    const second = createCloudEvent({
      source: 'test',
      type: 'participant.erased',
      organizationId,
      data,
    });
    const after = Date.now();

    it('generates a UUID id', () => {
      expect(first.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    });

    it('generates a new id each time', () => {
      expect(second.id).not.toBe(first.id);
    });

    it('stamps the current time', () => {
      const stamped = Date.parse(first.time);

      expect(stamped >= before && stamped <= after).toBe(true);
    });

    it('drops subject from JSON', () => {
      expect(JSON.parse(JSON.stringify(first))).not.toHaveProperty('subject');
    });

    it('passes cloudEventSchema without subject', () => {
      expect(cloudEventSchema.safeParse(first).success).toBe(true);
    });
  });
});

describe('cloudEventSchema', () => {
  const valid = createCloudEvent({
    source: 'test',
    type: 'participant.erased',
    organizationId,
    data,
  });

  it.each([
    ['specversion 0.3', { specversion: '0.3' }],
    ['empty id', { id: '' }],
    ['id not UUID', { id: 'event-1' }],
    ['empty source', { source: '' }],
    ['empty type', { type: '' }],
    ['time without offset', { time: '2025-03-14T09:30:00' }],
    ['time as epoch', { time: 1741944600000 }],
    ['non-JSON content type', { datacontenttype: 'text/plain' }],
    ['organization id not UUID', { organizationid: 'acme' }],
    ['numeric subject', { subject: 42 }],
  ])('rejects %s', (_case, change) => {
    expect(cloudEventSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });

  it('rejects missing organization id', () => {
    const { organizationid: _organizationid, ...withoutOrganization } = valid;

    expect(cloudEventSchema.safeParse(withoutOrganization).success).toBe(false);
  });

  it('reads an upper-case id in lower case', () => {
    const parsed = cloudEventSchema.parse({ ...valid, id: valid.id.toUpperCase() });

    expect(parsed.id).toBe(valid.id);
  });

  it('accepts time with offset', () => {
    expect(
      cloudEventSchema.safeParse({
        ...valid,
        time: '2025-03-14T10:30:00+01:00',
      }).success,
    ).toBe(true);
  });
});
