import { appendQueryParameters, fillLocation, hostOf, isAllowedTarget, locationTemplate, normalizeHost } from './destination-url.js';

const utm: [string, string][] = [
  ['utm_source', 'linkedin'],
  ['utm_medium', 'advocacy'],
];
const utmQuery = 'utm_source=linkedin&utm_medium=advocacy';

describe('appendQueryParameters', () => {
  it.each([
    ['no query', 'https://summit.example/register', `https://summit.example/register?${utmQuery}`],
    ['no path', 'https://summit.example', `https://summit.example/?${utmQuery}`],
    ['existing query', 'https://summit.example/r?ref=mail', `https://summit.example/r?ref=mail&${utmQuery}`],
    ['keys without values', 'https://summit.example/r?a&b=', `https://summit.example/r?a&b=&${utmQuery}`],
    [
      'percent-encoded space',
      'https://summit.example/a%20b?q=a%20b',
      `https://summit.example/a%20b?q=a%20b&${utmQuery}`,
    ],
    [
      'nested encoded URL',
      'https://summit.example/login?next=https%3A%2F%2Fx.example%2F%3Fq%3D1',
      `https://summit.example/login?next=https%3A%2F%2Fx.example%2F%3Fq%3D1&${utmQuery}`,
    ],
    ['plus sign in value', 'https://summit.example/s?q=a+b', `https://summit.example/s?q=a+b&${utmQuery}`],
    ['repeated key', 'https://summit.example/s?tag=a&tag=b', `https://summit.example/s?tag=a&tag=b&${utmQuery}`],
    ['trailing ampersand', 'https://summit.example/r?ref=mail&', `https://summit.example/r?ref=mail&${utmQuery}`],
    ['empty query', 'https://summit.example/r?', `https://summit.example/r?${utmQuery}`],
    ['fragment', 'https://summit.example/r#agenda', `https://summit.example/r?${utmQuery}#agenda`],
    [
      'query and fragment',
      'https://summit.example/r?ref=mail#agenda',
      `https://summit.example/r?ref=mail&${utmQuery}#agenda`,
    ],
    [
      'question mark in fragment',
      'https://summit.example/r#faq?open=1',
      `https://summit.example/r?${utmQuery}#faq?open=1`,
    ],
    ['fragment without path', 'https://summit.example#agenda', `https://summit.example/?${utmQuery}#agenda`],
    ['port', 'https://summit.example:8443/r', `https://summit.example:8443/r?${utmQuery}`],
    ['plain http', 'http://summit.example/r', `http://summit.example/r?${utmQuery}`],
    ['IPv6 loopback with port', 'http://[::1]:8080/r', `http://[::1]:8080/r?${utmQuery}`],
    ['user info', 'https://guest@summit.example/r', `https://guest@summit.example/r?${utmQuery}`],
  ])('keeps %s', (_case, destination, expected) => {
    expect(appendQueryParameters(destination, utm)).toBe(expected);
  });

  it.each([
    ['international host', 'https://bücher.example/x', `https://xn--bcher-kva.example/x?${utmQuery}`],
    [
      'international host with port',
      'https://bücher.example:8443/x',
      `https://xn--bcher-kva.example:8443/x?${utmQuery}`,
    ],
    ['upper-case host', 'https://Summit.EXAMPLE/Register', `https://summit.example/Register?${utmQuery}`],
  ])('converts %s', (_case, destination, expected) => {
    expect(appendQueryParameters(destination, utm)).toBe(expected);
  });

  it.each([
    [
      'same value',
      'https://summit.example/r?utm_source=linkedin',
      'https://summit.example/r?utm_source=linkedin&utm_medium=advocacy',
    ],
    [
      'other value',
      'https://summit.example/r?utm_source=newsletter',
      'https://summit.example/r?utm_source=newsletter&utm_medium=advocacy',
    ],
    ['empty value', 'https://summit.example/r?utm_source=', 'https://summit.example/r?utm_source=&utm_medium=advocacy'],
    ['no value', 'https://summit.example/r?utm_source', 'https://summit.example/r?utm_source&utm_medium=advocacy'],
    [
      'encoded name',
      'https://summit.example/r?utm%5Fsource=mail',
      'https://summit.example/r?utm%5Fsource=mail&utm_medium=advocacy',
    ],
    [
      'all present',
      'https://summit.example/r?utm_medium=email&utm_source=mail',
      'https://summit.example/r?utm_medium=email&utm_source=mail',
    ],
  ])('skips present parameter with %s', (_case, destination, expected) => {
    expect(appendQueryParameters(destination, utm)).toBe(expected);
  });

  it('encodes added names and values', () => {
    expect(appendQueryParameters('https://summit.example/r', [['campaign name', 'Spring & Fall #1']])).toBe(
      'https://summit.example/r?campaign%20name=Spring%20%26%20Fall%20%231',
    );
  });

  it.each([
    ['no query', 'https://summit.example/r', 'https://summit.example/r'],
    ['empty query', 'https://summit.example/r?', 'https://summit.example/r?'],
    ['keys without values', 'https://summit.example/r?a&b=#top', 'https://summit.example/r?a&b=#top'],
  ])('adds nothing for %s', (_case, destination, expected) => {
    expect(appendQueryParameters(destination, [])).toBe(expected);
  });

  it.each([
    'ftp://files.example/report.pdf',
    'javascript:alert(1)',
    'mailto:ada@example.com',
    '//summit.example/r',
    '/register',
    'summit.example/register',
    '',
  ])('rejects non-http URL %j', (destination) => {
    expect(() => appendQueryParameters(destination, utm)).toThrow(/is not an http\(s\) URL/);
  });
});

describe('hostOf', () => {
  it.each([
    ['https://summit.example/register', 'summit.example'],
    ['https://Summit.EXAMPLE/r', 'summit.example'],
    ['https://summit.example:8443/r', 'summit.example:8443'],
    ['https://summit.example:443/r', 'summit.example'],
    ['https://bücher.example/x', 'xn--bcher-kva.example'],
    ['https://guest:pw@summit.example/r', 'summit.example'],
    ['http://[::1]:8080/r', '[::1]:8080'],
  ])('returns host of %j', (url, expected) => {
    expect(hostOf(url)).toBe(expected);
  });

  it.each(['not a url', '', '/register'])('returns null for %j', (url) => {
    expect(hostOf(url)).toBeNull();
  });
});

describe('locationTemplate', () => {
  const location = (destination: string, ref = 'AbC123xYz9.0Ab9cDeFgHiJkLmNoPqRs') =>
    fillLocation(locationTemplate(destination, utm, 'alg_ref'), ref);
  const tail = `${utmQuery}&alg_ref=AbC123xYz9.0Ab9cDeFgHiJkLmNoPqRs`;

  it.each([
    ['no query', 'https://summit.example/register', `https://summit.example/register?${tail}`],
    ['keys without values', 'https://summit.example/r?a&b=', `https://summit.example/r?a&b=&${tail}`],
    ['encoded characters', 'https://summit.example/a%20b?q=%C3%A9t%C3%A9', `https://summit.example/a%20b?q=%C3%A9t%C3%A9&${tail}`],
    [
      'nested encoded URL',
      'https://summit.example/login?next=https%3A%2F%2Fx.example%2F%3Fq%3D1%26r%3D2',
      `https://summit.example/login?next=https%3A%2F%2Fx.example%2F%3Fq%3D1%26r%3D2&${tail}`,
    ],
    [
      'present UTM parameter',
      'https://summit.example/r?utm_source=newsletter',
      'https://summit.example/r?utm_source=newsletter&utm_medium=advocacy&alg_ref=AbC123xYz9.0Ab9cDeFgHiJkLmNoPqRs',
    ],
    ['fragment last', 'https://summit.example/r?ref=mail#form', `https://summit.example/r?ref=mail&${tail}#form`],
    ['trailing ampersand', 'https://summit.example/r?ref=mail&', `https://summit.example/r?ref=mail&${tail}`],
    ['international host', 'https://bücher.example/x#top', `https://xn--bcher-kva.example/x?${tail}#top`],
  ])('keeps %s', (_case, destination, expected) => {
    expect(location(destination)).toBe(expected);
  });

  it('replaces a reference in the destination', () => {
    expect(location('https://summit.example/r?alg_ref=stale&x=1&alg%5Fref=old')).toBe(`https://summit.example/r?x=1&${tail}`);
  });

  it('puts the reference last even when every UTM is present', () => {
    expect(location('https://summit.example/r?utm_medium=e&utm_source=m')).toBe(
      'https://summit.example/r?utm_medium=e&utm_source=m&alg_ref=AbC123xYz9.0Ab9cDeFgHiJkLmNoPqRs',
    );
  });

  it('percent-encodes characters a header cannot carry', () => {
    expect(location('https://summit.example/événement?q=été plus#sec tion')).toBe(
      `https://summit.example/%C3%A9v%C3%A9nement?q=%C3%A9t%C3%A9%20plus&${tail}#sec%20tion`,
    );
  });

  it('encodes the per-click value', () => {
    expect(fillLocation(locationTemplate('https://s.example/', [], 'alg_ref'), 'a b&c')).toBe('https://s.example/?alg_ref=a%20b%26c');
  });

  it('rejects a non-http destination', () => {
    expect(() => locationTemplate('javascript:alert(1)', utm, 'alg_ref')).toThrow(/is not an http\(s\) URL/);
  });
});

describe('isAllowedTarget', () => {
  it.each([
    ['listed host', 'https://www.example.com/x', ['www.example.com'], true],
    ['upper-case entry', 'https://www.example.com/x', ['WWW.Example.COM'], true],
    ['international entry', 'https://xn--bcher-kva.example/', ['bücher.example'], true],
    ['entry with port', 'https://www.example.com:8443/x', ['www.example.com:8443'], true],
    ['other port of listed host', 'https://www.example.com:8443/x', ['www.example.com'], true],
    ['unlisted host', 'https://evil.example/x', ['www.example.com'], false],
    ['subdomain of listed host', 'https://a.www.example.com/x', ['www.example.com'], false],
    ['user info trick', 'https://www.example.com@evil.example/', ['www.example.com'], false],
    ['non-http URL', 'ftp://www.example.com/x', ['www.example.com'], false],
  ])('judges %s', (_case, url, allowed, expected) => {
    expect(isAllowedTarget(url, allowed)).toBe(expected);
  });
});

describe('normalizeHost', () => {
  it.each([
    [' WWW.Example.com. ', 'www.example.com'],
    ['Bücher.example:8443', 'xn--bcher-kva.example:8443'],
  ])('normalizes %j', (entry, expected) => {
    expect(normalizeHost(entry)).toBe(expected);
  });
});
