import { SecretBox } from './secret-box.js';

describe('SecretBox', () => {
  it('opens what it sealed', () => {
    const box = new SecretBox('a-key-of-sixteen-chars');
    expect(box.open(box.seal('whsec_abc'))).toBe('whsec_abc');
  });

  it('seals with a fresh nonce', () => {
    const box = new SecretBox('a-key-of-sixteen-chars');
    expect(box.seal('same')).not.toBe(box.seal('same'));
  });

  it('refuses another key', () => {
    const sealed = new SecretBox('a-key-of-sixteen-chars').seal('whsec_abc');
    expect(() => new SecretBox('another-key-sixteen').open(sealed)).toThrow();
  });
});
