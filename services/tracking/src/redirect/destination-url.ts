import { domainToASCII } from 'node:url';

const ORIGIN_PATTERN = /^(https?:\/\/)([^/?#]*)(.*)$/is;
/** Characters a Location header cannot carry as they are: controls, space and everything beyond ASCII. */
const UNSAFE_CHARACTERS = /[^\x21-\x7e]+/gu;

/**
 * A Location value split around the one parameter that changes per click:
 * the value goes between `prefix` and `suffix`, already percent-encoded.
 */
export interface LocationTemplate {
  prefix: string;
  suffix: string;
}

interface UrlParts {
  origin: string;
  path: string;
  /** The query without its `?`, or null when the URL has no `?` at all. */
  query: string | null;
  /** The fragment with its `#`, or an empty string. */
  fragment: string;
}

function splitUrl(url: string): UrlParts {
  const match = ORIGIN_PATTERN.exec(url.trim());
  if (!match) throw new Error(`Destination ${JSON.stringify(url)} is not an http(s) URL.`);
  const [, scheme, authority, rest] = match as unknown as [string, string, string, string];
  const hashAt = rest.indexOf('#');
  const beforeFragment = hashAt < 0 ? rest : rest.slice(0, hashAt);
  const queryAt = beforeFragment.indexOf('?');

  return {
    origin: `${scheme.toLowerCase()}${asciiAuthority(authority)}`,
    path: escapeUnsafe(queryAt < 0 ? beforeFragment : beforeFragment.slice(0, queryAt)) || '/',
    query: queryAt < 0 ? null : escapeUnsafe(beforeFragment.slice(queryAt + 1)),
    fragment: hashAt < 0 ? '' : escapeUnsafe(rest.slice(hashAt)),
  };
}

/** Percent-encodes, as UTF-8, only what a header cannot carry; existing escapes stay as they are. */
function escapeUnsafe(value: string): string {
  return value.replace(UNSAFE_CHARACTERS, (characters) => {
    try {
      return encodeURIComponent(characters);
    } catch {
      // A lone surrogate has no UTF-8 form, so the replacement character takes its place.
      return encodeURIComponent(characters.replace(/[\ud800-\udfff]/g, '\ufffd'));
    }
  });
}

function keyOf(pair: string): string {
  const name = pair.split('=')[0]!;
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

function asciiAuthority(authority: string): string {
  const at = authority.lastIndexOf('@');
  const userInfo = at < 0 ? '' : authority.slice(0, at + 1);
  const hostPort = at < 0 ? authority : authority.slice(at + 1);
  if (hostPort.startsWith('[')) return `${userInfo}${hostPort.toLowerCase()}`;
  const colon = hostPort.lastIndexOf(':');
  const host = colon < 0 ? hostPort : hostPort.slice(0, colon);
  const port = colon < 0 ? '' : hostPort.slice(colon);

  return `${userInfo}${domainToASCII(host.toLowerCase()) || host.toLowerCase()}${port}`;
}

const encodePair = ([name, value]: [string, string]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;

/**
 * Appends the parameters the query lacks. Pairs named `dropped` are
 * removed first. Returns null when there was no query and nothing is added.
 */
function withParameters(query: string | null, parameters: [string, string][], dropped: string | null): string | null {
  const pairs = query === null ? [] : query.split('&');
  const kept = dropped === null ? pairs : pairs.filter((pair) => pair === '' || keyOf(pair) !== dropped);
  const present = new Set(kept.filter(Boolean).map(keyOf));
  const added = parameters.filter(([name]) => !present.has(name)).map(encodePair);
  let result = kept.join('&');
  if (added.length > 0) result += (result === '' || result.endsWith('&') ? '' : '&') + added.join('&');

  return query === null && added.length === 0 ? null : result;
}

/**
 * Returns the destination with the given parameters appended to its query.
 * Everything the destination already has stays byte for byte: keys without
 * values, percent-encoded characters, nested encoded URLs and parameters of
 * the same name (those are not added again). The fragment stays last, and
 * an international host name becomes punycode.
 */
export function appendQueryParameters(destination: string, parameters: [string, string][]): string {
  const url = splitUrl(destination);
  const query = withParameters(url.query, parameters, null);

  return `${url.origin}${url.path}${query === null ? '' : `?${query}`}${url.fragment}`;
}

/**
 * Builds the Location template of a destination: the destination with the
 * fixed parameters, as appendQueryParameters makes it, then the per-click
 * parameter last in the query. A pair of that name in the destination is
 * dropped, so the reference read back on the landing page is always ours.
 */
export function locationTemplate(
  destination: string,
  fixed: [string, string][],
  perClickName: string,
): LocationTemplate {
  const url = splitUrl(destination);
  const query = withParameters(url.query, fixed, perClickName) ?? '';
  const lead = query === '' || query.endsWith('&') ? query : `${query}&`;

  return {
    prefix: `${url.origin}${url.path}?${lead}${encodeURIComponent(perClickName)}=`,
    suffix: url.fragment,
  };
}

/** Fills a template with one click's value. */
export function fillLocation(template: LocationTemplate, value: string): string {
  return `${template.prefix}${encodeURIComponent(value)}${template.suffix}`;
}

/** Host (with port when given) of a URL, in punycode and lower case. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

/** Host name of an http(s) URL in punycode and lower case, or null when it is not one. */
export function hostnameOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;

    return parsed.hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** An allowed-host entry in the form hostnameOf returns, with its port when one is given. */
export function normalizeHost(entry: string): string {
  const trimmed = entry.trim().toLowerCase().replace(/\.$/, '');
  const colon = trimmed.lastIndexOf(':');
  if (colon > 0 && /^\d+$/.test(trimmed.slice(colon + 1)) && !trimmed.includes(']')) {
    return `${domainToASCII(trimmed.slice(0, colon)) || trimmed.slice(0, colon)}${trimmed.slice(colon)}`;
  }

  return domainToASCII(trimmed) || trimmed;
}

/** Checks whether a URL's host (with or without its port) is one of the allowed hosts. */
export function isAllowedTarget(url: string, allowedHosts: Iterable<string>): boolean {
  const hostname = hostnameOf(url);
  if (!hostname) return false;
  const port = new URL(url).port;
  const allowed = new Set([...allowedHosts].map(normalizeHost));

  return allowed.has(hostname) || (port !== '' && allowed.has(`${hostname}:${port}`));
}
