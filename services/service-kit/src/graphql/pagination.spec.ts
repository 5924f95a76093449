import { DomainError } from '../errors/domain-error.js';
import { decodeCursor, encodeCursor } from './pagination.js';

// paginate needs a MikroORM EntityManager on a live database, so these unit tests leave it out.

const encodeJson = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Runs decodeCursor and returns what it throws, or fails the test when it returns. */
function captureDecodeError(cursor: string): unknown {
  try {
    decodeCursor(cursor);
  } catch (error) {
    return error;
  }
  throw new Error(`decodeCursor accepted ${JSON.stringify(cursor)}`);
}

describe('encodeCursor and decodeCursor', () => {
  it.each([
    ['string value', { v: 'Ada Lovelace', id: 'c9a1' }],
    ['number value', { v: 42.5, id: 'c9a2' }],
    ['null value', { v: null, id: 'c9a3' }],
    ['timestamp value', { v: '2025-03-14T09:30:00.000Z', id: 'c9a4' }],
    ['non-ASCII value', { v: 'Zoë 北京', id: 'c9a5' }],
  ])('round-trips %s', (_case, value) => {
    expect(decodeCursor(encodeCursor(value))).toEqual(value);
  });

  it('encodes URL-safe base64', () => {
    expect(encodeCursor({ v: '???>>>~~~', id: 'c9a6' })).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});

describe('decodeCursor', () => {
  const invalidCursors: [string, string][] = [
    ['empty string', ''],
    ['plain text', 'page-2'],
    ['base64 of non-JSON', Buffer.from('not json').toString('base64url')],
    ['JSON null', encodeJson(null)],
    ['JSON string', encodeJson('c9a1')],
    ['JSON array', encodeJson(['c9a1'])],
    ['missing id', encodeJson({ v: 1 })],
    ['numeric id', encodeJson({ v: 1, id: 7 })],
  ];

  it.each(invalidCursors)('rejects %s as DomainError', (_case, cursor) => {
    expect(captureDecodeError(cursor)).toBeInstanceOf(DomainError);
  });

  it.each(invalidCursors)('rejects %s with BAD_USER_INPUT', (_case, cursor) => {
    expect(captureDecodeError(cursor)).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'cursor' },
    });
  });

  it('echoes the rejected cursor', () => {
    expect((captureDecodeError('page-2') as Error).message).toContain('"page-2"');
  });

  // paginate puts the decoded value straight into a MikroORM filter, where an object such as
  // { "$ne": null } is read as a query operator instead of a sort value.
  it('rejects object sort value', () => {
    expect(captureDecodeError(encodeJson({ v: { $ne: null }, id: 'c9a1' }))).toBeInstanceOf(DomainError);
  });
});
