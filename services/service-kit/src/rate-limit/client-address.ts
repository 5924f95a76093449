import { isIP, isIPv4, isIPv6 } from 'node:net';

/** Expands an IPv6 address to its eight 16-bit groups, or returns null when it is not one. */
function ipv6Groups(address: string): number[] | null {
  if (!isIPv6(address)) return null;
  let text = address.split('%')[0]!;
  // An embedded IPv4 tail (::ffff:192.0.2.1) becomes its two groups.
  const ipv4Tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (ipv4Tail) {
    const [a, b, c, d] = ipv4Tail.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, ipv4Tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, null];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = tail === null ? 0 : 8 - left.length - right.length;

  return [...left, ...Array<string>(missing).fill('0'), ...right].map((group) => Number.parseInt(group, 16));
}

/** Rate-limit key shared by every client address that is not an IP address. */
export const INVALID_CLIENT_ADDRESS_KEY = 'invalid';

const IPV4_WITH_PORT = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/;
const BRACKETED_IPV6 = /^\[([^\]]+)\](?::\d{1,5})?$/;

/**
 * Returns the IP address in a client address, such as req.ip taken from
 * X-Forwarded-For, without a port (`198.51.100.7:1234`, `[2001:db8::1]:443`)
 * or brackets. Returns null when what remains is not an IPv4 or IPv6
 * address, so the caller never stores or keys on text a client made up.
 */
export function normalizeClientAddress(address: string | undefined | null): string | null {
  if (!address) return null;
  const text = address.trim();
  const unwrapped = IPV4_WITH_PORT.exec(text)?.[1] ?? BRACKETED_IPV6.exec(text)?.[1] ?? text;

  return isIP(unwrapped) ? unwrapped : null;
}

/**
 * Returns the rate-limit key of a client address, after
 * normalizeClientAddress. An IPv4 address, or an IPv4-mapped IPv6 one,
 * counts alone. Other IPv6 addresses count per /64, the prefix one
 * subscriber usually gets, so that rotating through one's own addresses
 * does not multiply the limit. Every value that is not an IP address shares
 * the one INVALID_CLIENT_ADDRESS_KEY bucket. So a client that forges
 * X-Forwarded-For gets no fresh bucket per value. It also spends no real
 * address's budget, which a fallback to the socket address (often the
 * proxy's) would.
 */
export function clientAddressKey(address: string | undefined | null): string {
  if (!address) return 'unknown';
  const normalized = normalizeClientAddress(address);
  if (!normalized) return INVALID_CLIENT_ADDRESS_KEY;
  if (isIPv4(normalized)) return normalized;
  const groups = ipv6Groups(normalized)!;
  const isMappedIpv4 = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  if (isMappedIpv4) return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');

  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}
