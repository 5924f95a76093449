import { emailHash, normalizeEmail } from './email.js';

describe('normalizeEmail', () => {
  it.each([
    ['  Ada.Lovelace@Example.COM ', 'ada.lovelace@example.com'],
    ['GRACE+summit@example.org', 'grace+summit@example.org'],
    ['linus@sub.example.net', 'linus@sub.example.net'],
  ])('normalizes %j to %j', (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
  });

  it.each(['pat.doe(at)example.com', 'no-at-sign', 'a@b', '@example.com', 'two@@example.com', ''])(
    'rejects %j',
    (input) => {
      expect(normalizeEmail(input)).toBeNull();
    },
  );

  it('hashes the normalized address to 64 hex characters', () => {
    expect(emailHash('ada@example.com')).toMatch(/^[0-9a-f]{64}$/);
  });
});
