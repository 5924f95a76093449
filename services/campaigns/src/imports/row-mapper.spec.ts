import { mapRow, parseSize, RowError } from './row-mapper.js';
import { presets } from './presets.js';

describe('mapRow', () => {
  it('splits a full name', () => {
    const mapped = mapRow({ email: 'a@example.com', name: 'Ada King Lovelace' }, presets.plain.mapping);
    expect(mapped.person).toMatchObject({ firstName: 'Ada', lastName: 'King Lovelace' });
  });

  it('rejects an invalid e-mail', () => {
    expect(() => mapRow({ email: 'pat(at)example.com' }, presets.plain.mapping)).toThrow('invalid e-mail "pat(at)example.com"');
  });

  it('turns a HubSpot opt-out into consent', () => {
    const mapped = mapRow({ Email: 'a@example.com', 'Unsubscribed from all email': 'true' }, presets.hubspot.mapping);
    expect(mapped.person.consent?.contact).toBe(false);
  });

  it('rejects an unreadable consent', () => {
    expect(() => mapRow({ Email: 'a@example.com', 'Unsubscribed from all email': 'maybe' }, presets.hubspot.mapping)).toThrow(RowError);
  });

  it('reads network sizes', () => {
    const mapped = mapRow({ e: 'a@example.com', followers: '1,204' }, { email: ['e'], linkedin_size: ['followers'] });
    expect(mapped.person.profiles).toEqual({ linkedin: { size: 1204 } });
  });
});

describe('parseSize', () => {
  it.each([
    ['1 204', 1204],
    ['3.2k', 3200],
    ['2M', 2_000_000],
  ])('reads %s', (text, value) => {
    expect(parseSize('size', text)).toBe(value);
  });

  it('rejects words', () => {
    expect(() => parseSize('x size', 'many')).toThrow('invalid x size "many"');
  });
});

describe('mapRow moments', () => {
  it('reads the time for completion imports', () => {
    const mapped = mapRow({ Email: 'a@example.com', 'Join Time': '2026-11-18T09:01:00Z' }, presets.zoom.mapping, true);
    expect(mapped.occurredAt?.toISOString()).toBe('2026-11-18T09:01:00.000Z');
  });

  it('ignores the time for participant imports', () => {
    expect(mapRow({ Email: 'a@example.com', 'Join Time': '--' }, presets.zoom.mapping).occurredAt).toBeUndefined();
  });

  it('rejects an unreadable time', () => {
    expect(() => mapRow({ Email: 'a@example.com', 'Join Time': '--' }, presets.zoom.mapping, true)).toThrow('invalid time "--"');
  });
});
