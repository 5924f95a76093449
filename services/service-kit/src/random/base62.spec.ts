import { isBase62, randomBase62 } from './base62.js';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

describe('randomBase62', () => {
  it.each([0, 1, 10, 62, 300])('returns requested length %i', (length) => {
    expect(randomBase62(length)).toHaveLength(length);
  });

  it('uses only base62 characters', () => {
    expect(randomBase62(5000)).toMatch(/^[0-9A-Za-z]+$/);
  });

  it('repeats no code in 10,000', () => {
    const codes = Array.from({ length: 10_000 }, () => randomBase62(10));

    expect(new Set(codes).size).toBe(codes.length);
  });

  describe('over 620,000 characters', () => {
    const sample = randomBase62(620_000);
    const counts = new Map<string, number>();
    for (const character of sample) counts.set(character, (counts.get(character) ?? 0) + 1);

    it('uses all 62 symbols', () => {
      expect([...counts.keys()].sort().join('')).toBe([...ALPHABET].sort().join(''));
    });

    // Pearson's chi-square over 62 symbols has 61 degrees of freedom: mean 61, standard deviation about 11.
    // A uniform source exceeds 200 with probability below 1e-15 (Wilson-Hilferty estimate). Plain
    // `byte % 62` without rejecting bytes 248 to 255 makes '0' to '7' 25% more likely and scores about 4,100.
    it('keeps chi-square below 200', () => {
      const expected = sample.length / ALPHABET.length;
      let chiSquare = 0;
      for (const symbol of ALPHABET) chiSquare += ((counts.get(symbol) ?? 0) - expected) ** 2 / expected;

      expect(chiSquare).toBeLessThan(200);
    });
  });
});

describe('isBase62', () => {
  it.each([
    ['Ab3dEf7hJk', true],
    ['0', true],
    [ALPHABET, true],
    ['', false],
    ['abc-123', false],
    ['abc_123', false],
    ['abc 123', false],
    ['abc\n', false],
    ['é', false],
  ])('classifies %j as %s', (value, expected) => {
    expect(isBase62(value)).toBe(expected);
  });
});
