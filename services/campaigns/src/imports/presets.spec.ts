import { importPresets, presets } from './presets.js';
import { mapRow } from './row-mapper.js';

describe('importPresets', () => {
  it('lists the export layouts', () => {
    expect(importPresets).toEqual(['eventbrite', 'zoom', 'hubspot', 'plain', 'custom']);
  });
});

describe('eventbrite preset', () => {
  const map = (row: Record<string, string>) => mapRow(row, presets.eventbrite.mapping).person;

  it('reads the e-mail column', () => {
    expect(presets.eventbrite.mapping.email).toEqual(['Email', 'Attendee Email']);
  });

  it('maps every export column', () => {
    const row = {
      'Order #': '1234567',
      Email: 'ada@example.com',
      'First Name': 'Ada',
      'Last Name': 'Lovelace',
      Company: 'Analytical Engines',
      'Job Title': 'Programmer',
      'Ticket Type': 'General admission',
    };

    expect(map(row)).toMatchObject({
      email: 'ada@example.com',
      firstName: 'Ada',
      lastName: 'Lovelace',
      company: 'Analytical Engines',
      title: 'Programmer',
    });
  });

  it('keeps names with spaces whole', () => {
    expect(map({ Email: 'm@example.com', 'First Name': 'Mary Ann', 'Last Name': 'van der Berg' })).toMatchObject({
      firstName: 'Mary Ann',
      lastName: 'van der Berg',
    });
  });

  it('rejects a missing e-mail', () => {
    expect(() => map({ 'First Name': 'Ada' })).toThrow('invalid e-mail ""');
  });

  it('leaves missing company unset', () => {
    expect(map({ Email: 'ada@example.com' }).company).toBeUndefined();
  });
});

describe('plain preset', () => {
  const map = (row: Record<string, string>) => mapRow(row, presets.plain.mapping).person;

  it('maps email', () => {
    expect(map({ email: 'ada@example.com' }).email).toBe('ada@example.com');
  });

  it.each([
    ['Ada Lovelace', 'Ada', 'Lovelace'],
    ['Ada King Lovelace', 'Ada', 'King Lovelace'],
    ['  Ada   Lovelace  ', 'Ada', 'Lovelace'],
    ['Grace', 'Grace', undefined],
    ['  Grace  ', 'Grace', undefined],
  ])('splits name %j', (name, firstName, lastName) => {
    expect(map({ email: 'a@example.com', name })).toMatchObject({ firstName, lastName });
  });
});

describe('zoom preset', () => {
  const skip = presets.zoom.skip!;

  it('skips registrants who did not attend', () => {
    expect(skip({ Attended: 'No', Email: 'a@example.com' }, presets.zoom.mapping)).toBe('did not attend (Attended is No)');
    expect(skip({ Attended: 'Yes', Email: 'a@example.com' }, presets.zoom.mapping)).toBeNull();
  });

  it('reads the original name', () => {
    const person = mapRow({ Email: 'a@example.com', 'User Name (Original Name)': 'Ada L (Ada Lovelace)' }, presets.zoom.mapping).person;
    expect(person).toMatchObject({ firstName: 'Ada', lastName: 'L' });
  });

  it('recognises section titles', () => {
    const { isSectionTitle, title } = presets.zoom.section!;
    expect(title).toBe('Attendee Details');
    expect(isSectionTitle(['Attendee Details', ''])).toBe(true);
    expect(isSectionTitle(['Host Details'])).toBe(true);
    expect(isSectionTitle(['Attendee Report', ''])).toBe(false);
    expect(isSectionTitle(['Yes', 'Ada'])).toBe(false);
  });
});
