import { requestString } from './request-field.js';

describe('requestString', () => {
  it('returns a string within the limit', () => {
    expect(requestString('ada@example.com')).toBe('ada@example.com');
    expect(requestString('x'.repeat(8), 8)).toBe('x'.repeat(8));
  });

  it.each([
    ['an empty string', ''],
    ['a number', 42],
    ['an object', { value: 'x' }],
    ['undefined', undefined],
    ['null', null],
  ])('treats %s as missing', (_name, value) => {
    expect(requestString(value)).toBeNull();
  });

  it('treats a value over the limit as missing', () => {
    expect(requestString('x'.repeat(9), 8)).toBeNull();
    expect(requestString('x'.repeat(1_001))).toBeNull();
  });
});
