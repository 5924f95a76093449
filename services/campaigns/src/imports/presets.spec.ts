import { importPresets, presetMappers } from './presets.js';

describe('importPresets', () => {
  it('lists eventbrite and plain', () => {
    expect(importPresets).toEqual(['eventbrite', 'plain']);
  });
});

describe('eventbrite preset', () => {
  const { required, map } = presetMappers.eventbrite;

  it('requires email and name columns', () => {
    expect(required).toEqual(['Email', 'First Name', 'Last Name']);
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

    expect(map(row)).toEqual({
      email: 'ada@example.com',
      firstName: 'Ada',
      lastName: 'Lovelace',
      company: 'Analytical Engines',
      title: 'Programmer',
    });
  });

  it('keeps names with spaces whole', () => {
    expect(
      map({
        Email: 'm@example.com',
        'First Name': 'Mary Ann',
        'Last Name': 'van der Berg',
      }),
    ).toMatchObject({
      firstName: 'Mary Ann',
      lastName: 'van der Berg',
    });
  });

  it('maps missing email to empty', () => {
    expect(map({ 'First Name': 'Ada' }).email).toBe('');
  });

  it('leaves missing company unset', () => {
    expect(map({ Email: 'ada@example.com' }).company).toBeUndefined();
  });
});

describe('plain preset', () => {
  const { required, map } = presetMappers.plain;

  it('requires only email', () => {
    expect(required).toEqual(['email']);
  });

  it('maps email', () => {
    expect(map({ email: 'ada@example.com' }).email).toBe('ada@example.com');
  });

  it('maps missing email to empty', () => {
    expect(map({ name: 'Ada' }).email).toBe('');
  });

  it.each([
    ['Ada Lovelace', 'Ada', 'Lovelace'],
    ['Ada King Lovelace', 'Ada', 'King Lovelace'],
    ['  Ada   Lovelace  ', 'Ada', 'Lovelace'],
    ['Grace', 'Grace', undefined],
    ['  Grace  ', 'Grace', undefined],
  ])('splits name %j', (name, firstName, lastName) => {
    expect(map({ email: 'a@example.com', name })).toEqual({
      email: 'a@example.com',
      firstName,
      lastName,
    });
  });

  it.each([
    ['single name', 'Grace'],
    ['padded single name', '  Grace  '],
  ])('omits last name for %s', (_case, name) => {
    expect(map({ email: 'a@example.com', name })).not.toHaveProperty('lastName');
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['blank', '   '],
  ])('omits names when %s', (_case, name) => {
    const row: Record<string, string> =
      name === undefined ? { email: 'a@example.com' } : { email: 'a@example.com', name };

    expect(Object.keys(map(row))).toEqual(['email']);
  });
});
