import { DomainError } from '@alg/service-kit';
import { mintClickId } from '../redirect/click-id.js';
import { CLOCK_SKEW_MS, isWithinWindow, parseReference, touchTimeOf } from './attribution.js';

const DAY = 86_400_000;
const linkCreatedAt = new Date('2026-11-01T00:00:00Z');

describe('parseReference', () => {
  it('splits code and click id', () => {
    expect(parseReference('AbC123xYz9.q1W2e3R4t5Y6u7I8')).toEqual({ code: 'AbC123xYz9', clickId: 'q1W2e3R4t5Y6u7I8' });
  });

  it('accepts a bare code', () => {
    expect(parseReference(' AbC123xYz9 ')).toEqual({ code: 'AbC123xYz9', clickId: null });
  });

  it.each(['not a ref!', 'short', 'AbC123xYz9.', 'AbC123xYz9.q1W2-e3R4', 'AbC123xYz9.q1.W2'])('rejects %j naming it', (ref) => {
    expect(() => parseReference(ref, 'firstRef')).toThrow(DomainError);
    expect(() => parseReference(ref, 'firstRef')).toThrow(`Invalid firstRef ${JSON.stringify(ref)}`);
  });
});

describe('touchTimeOf', () => {
  const clickedAt = new Date('2026-11-18T14:00:00Z');

  it('prefers the stored click', () => {
    expect(touchTimeOf(clickedAt, mintClickId(clickedAt.getTime() + 60_000), linkCreatedAt)).toBe(clickedAt);
  });

  it('reads the time from the click id', () => {
    const id = mintClickId(clickedAt.getTime());
    expect(touchTimeOf(null, id, linkCreatedAt, clickedAt.getTime() + 1_000)).toEqual(clickedAt);
  });

  it('never goes before the link existed', () => {
    const id = mintClickId(linkCreatedAt.getTime() - DAY);
    expect(touchTimeOf(null, id, linkCreatedAt, clickedAt.getTime())).toBe(linkCreatedAt);
  });

  it('uses link creation for bare codes', () => {
    expect(touchTimeOf(null, null, linkCreatedAt)).toBe(linkCreatedAt);
  });
});

describe('isWithinWindow', () => {
  const touchedAt = new Date('2026-11-18T14:00:00Z');

  it.each([
    ['same moment', 0, true],
    ['last millisecond', 30 * DAY, true],
    ['one millisecond late', 30 * DAY + 1, false],
    ['within the clock skew before', -CLOCK_SKEW_MS, true],
    ['past the clock skew before', -CLOCK_SKEW_MS - 1, false],
    ['a day before the touch', -DAY, false],
  ])('judges %s', (_case, offset, expected) => {
    expect(isWithinWindow(touchedAt, new Date(touchedAt.getTime() + offset), 30)).toBe(expected);
  });
});
