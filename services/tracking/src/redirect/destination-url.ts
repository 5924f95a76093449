import { domainToASCII } from 'node:url';

const ORIGIN_PATTERN = /^(https?:\/\/)([^/?#]*)(.*)$/i;

/**
 * Returns the destination with the given parameters appended to its query.
 * Everything the destination already has stays byte for byte: keys without
 * values, percent-encoded characters, nested encoded URLs and parameters of
 * the same name (those are not added again). The fragment stays last, and
 * an international host name becomes punycode.
 */
export function appendQueryParameters(destination: string, parameters: [string, string][]): string {
  const match = ORIGIN_PATTERN.exec(destination);
  if (!match) throw new Error(`Destination ${JSON.stringify(destination)} is not an http(s) URL.`);
  const [, scheme, authority, rest] = match as unknown as [string, string, string, string];

  const hashAt = rest.indexOf('#');
  const beforeFragment = hashAt < 0 ? rest : rest.slice(0, hashAt);
  const fragment = hashAt < 0 ? '' : rest.slice(hashAt);
  const queryAt = beforeFragment.indexOf('?');
  const path = queryAt < 0 ? beforeFragment : beforeFragment.slice(0, queryAt);
  const query = queryAt < 0 ? '' : beforeFragment.slice(queryAt + 1);

  const present = new Set(
    query
      .split('&')
      .filter(Boolean)
      .map((pair) => safeDecode(pair.split('=')[0]!)),
  );
  const added = parameters
    .filter(([name]) => !present.has(name))
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  const separator = query === '' || query.endsWith('&') ? '' : '&';
  const newQuery = added.length === 0 ? query : `${query}${separator}${added.join('&')}`;

  const queryPart = queryAt >= 0 || newQuery !== '' ? `?${newQuery}` : '';

  return `${scheme}${asciiAuthority(authority)}${path || '/'}${queryPart}${fragment}`;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

function asciiAuthority(authority: string): string {
  const at = authority.lastIndexOf('@');
  const userInfo = at < 0 ? '' : authority.slice(0, at + 1);
  const hostPort = at < 0 ? authority : authority.slice(at + 1);
  if (hostPort.startsWith('[')) return `${userInfo}${hostPort}`;
  const colon = hostPort.lastIndexOf(':');
  const host = colon < 0 ? hostPort : hostPort.slice(0, colon);
  const port = colon < 0 ? '' : hostPort.slice(colon);

  return `${userInfo}${domainToASCII(host.toLowerCase()) || host}${port}`;
}

/** Host (with port when given) of a URL, in punycode and lower case. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}
