import { SecretBox } from './secret-box.js';

describe('SecretBox', () => {
  const box = new SecretBox('a passphrase of some length');

  it('opens what it sealed', () => {
    expect(box.open(box.seal('whsec_abc'))).toBe('whsec_abc');
  });

  it('seals with a fresh nonce', () => {
    expect(box.seal('whsec_abc')).not.toBe(box.seal('whsec_abc'));
  });

  it('rejects another key', () => {
    expect(new SecretBox('another passphrase value').open(box.seal('whsec_abc'))).toBeNull();
  });

  it('rejects altered ciphertext', () => {
    const sealed = box.seal('whsec_abc');
    const altered = `${sealed.slice(0, -2)}${sealed.endsWith('A') ? 'B' : 'A'}${sealed.slice(-1)}`;
    expect(box.open(altered)).toBeNull();
  });

  it.each(['', 'v2.a.b.c', 'v1.only'])('rejects malformed %j', (sealed) => {
    expect(box.open(sealed)).toBeNull();
  });
});
