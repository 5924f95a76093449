import { DomainError } from '../errors/domain-error.js';
import { currencyExponent, fromMinorUnits, toMinorUnits } from './money.js';

/** Runs the callback and returns what it throws, or fails the test when it returns. */
function captureError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, but the call returned');
}

describe('currencyExponent', () => {
  it.each([
    ['USD', 2],
    ['EUR', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['BHD', 3],
    ['KWD', 3],
  ])('gives %s %i digits', (currency, digits) => {
    expect(currencyExponent(currency)).toBe(digits);
  });

  it.each(['', 'US', 'DOLLAR', 'U$D', '123'])('rejects malformed code %j', (currency) => {
    expect(captureError(() => currencyExponent(currency))).toBeInstanceOf(DomainError);
  });

  it('names currency in the error', () => {
    expect(captureError(() => currencyExponent('US'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'currency' },
    });
  });

  // Intl.NumberFormat accepts any three letters and falls back to two digits, so a code that
  // ISO 4217 does not assign passes as if it were a real currency.
  it('rejects unassigned code ZZZ', () => {
    expect(captureError(() => currencyExponent('ZZZ'))).toBeInstanceOf(DomainError);
  });
});

describe('toMinorUnits', () => {
  it.each([
    [19.99, 'USD', 1999],
    [0.1 + 0.2, 'USD', 30],
    [0, 'USD', 0],
    [1250, 'JPY', 1250],
    [1.6, 'JPY', 2],
    [12.345, 'BHD', 12345],
  ])('converts %d %s to %i', (amount, currency, expected) => {
    expect(toMinorUnits(amount, currency)).toBe(expected);
  });

  it.each([-1, -0.01, Number.NaN, Number.POSITIVE_INFINITY])('rejects cost %d', (amount) => {
    expect(captureError(() => toMinorUnits(amount, 'USD'))).toBeInstanceOf(DomainError);
  });

  it('names cost in the error', () => {
    expect(captureError(() => toMinorUnits(-5, 'USD'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'cost' },
    });
  });

  it('rejects malformed currency', () => {
    expect(captureError(() => toMinorUnits(5, 'DOLLAR'))).toMatchObject({
      details: { field: 'currency' },
    });
  });
});

describe('fromMinorUnits', () => {
  it.each([
    [1999, 'USD', 19.99],
    [1250, 'JPY', 1250],
    [12345, 'BHD', 12.345],
  ])('converts %i %s to %d', (minor, currency, expected) => {
    expect(fromMinorUnits(minor, currency)).toBe(expected);
  });
});
