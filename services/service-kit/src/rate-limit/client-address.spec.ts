import { clientAddressKey } from './client-address.js';

describe('clientAddressKey', () => {
  it('keeps an IPv4 address', () => {
    expect(clientAddressKey('198.51.100.7')).toBe('198.51.100.7');
  });

  it('unwraps IPv4-mapped IPv6', () => {
    expect(clientAddressKey('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(clientAddressKey('::ffff:c633:6407')).toBe('198.51.100.7');
  });

  it('groups IPv6 per /64', () => {
    expect(clientAddressKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(clientAddressKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(clientAddressKey('2001:0db8:0001:0002:0:0:0:9')).toBe('2001:db8:1:2::/64');
    expect(clientAddressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
  });

  it('groups IPv6 loopback per /64', () => {
    expect(clientAddressKey('::1')).toBe('0:0:0:0::/64');
  });

  it('drops the zone of a link-local address', () => {
    expect(clientAddressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('returns a placeholder without an address', () => {
    expect(clientAddressKey(undefined)).toBe('unknown');
    expect(clientAddressKey('')).toBe('unknown');
  });

  it('returns other text unchanged', () => {
    expect(clientAddressKey('not-an-address')).toBe('not-an-address');
  });
});
