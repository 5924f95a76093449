import { clientAddressKey, normalizeClientAddress } from './client-address.js';

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

  it('strips the port and brackets', () => {
    expect(clientAddressKey('198.51.100.91:1234')).toBe('198.51.100.91');
    expect(clientAddressKey('[2001:db8::1]:5678')).toBe('2001:db8:0:0::/64');
    expect(clientAddressKey('[2001:db8::1]')).toBe('2001:db8:0:0::/64');
  });

  it.each(['not-an-address', '<script>alert(1)</script>', '198.51.100.91:port', '999.1.1.1', '[198.51.100.7]x'])(
    'shares one key for %j',
    (address) => {
      expect(clientAddressKey(address)).toBe('invalid');
    },
  );
});

describe('normalizeClientAddress', () => {
  it.each([
    ['198.51.100.7', '198.51.100.7'],
    [' 198.51.100.7 ', '198.51.100.7'],
    ['198.51.100.91:1234', '198.51.100.91'],
    ['2001:db8::1', '2001:db8::1'],
    ['[2001:db8::1]:5678', '2001:db8::1'],
    ['[2001:db8::1]', '2001:db8::1'],
    ['::ffff:198.51.100.7', '::ffff:198.51.100.7'],
  ])('returns %j as %j', (address, expected) => {
    expect(normalizeClientAddress(address)).toBe(expected);
  });

  it.each([undefined, null, '', 'unknown', '<script>', '198.51.100.91:1234:1', '[not-v6]:80', 'example.com:443'])(
    'returns null for %j',
    (address) => {
      expect(normalizeClientAddress(address)).toBeNull();
    },
  );
});
