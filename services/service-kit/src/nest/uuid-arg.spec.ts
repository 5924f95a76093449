import { DomainError } from '../errors/domain-error.js';
import { assertUuid, isUuid, UuidPipe } from './uuid-arg.js';

const ID = '0b7e4a52-3c1d-4e8f-9a6b-2d5c8f1e7a90';

function rejection(run: () => unknown): DomainError {
  try {
    run();
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('expected a DomainError');
}

describe('isUuid', () => {
  it.each([ID, ID.toUpperCase(), '00000000-0000-0000-0000-000000000000'])('accepts %s', (value) => {
    expect(isUuid(value)).toBe(true);
  });

  it.each(['nope', '', `${ID} `, ID.replaceAll('-', ''), `${ID}0`, 42, null])('rejects %j', (value) => {
    expect(isUuid(value)).toBe(false);
  });
});

describe('UuidPipe', () => {
  it('passes a UUID through', () => {
    expect(new UuidPipe('id').transform(ID)).toBe(ID);
  });

  it.each([null, undefined])('passes %s through', (value) => {
    expect(new UuidPipe('campaignId').transform(value)).toBe(value);
  });

  it('names the argument', () => {
    const error = rejection(() => new UuidPipe('campaignId').transform('nope'));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(`Invalid campaignId "nope": an id is a UUID such as ${ID}.`);
    expect(error.details).toEqual({ field: 'campaignId' });
  });

  it('names the list position', () => {
    const error = rejection(() => new UuidPipe('ecosystemIds').transform([ID, 'x']));
    expect(error.message).toContain('Invalid ecosystemIds[1] "x"');
  });

  it('rejects a non-string value', () => {
    expect(rejection(() => assertUuid('id', 7)).message).toContain('Invalid id 7');
  });
});
