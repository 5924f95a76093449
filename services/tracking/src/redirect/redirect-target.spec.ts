import { chooseTarget } from './redirect-target.js';

const campaign = {
  campaignStatus: 'live',
  destinationUrl: 'https://events.example.com/summit?src=advocacy#form',
  fallbackUrl: 'https://www.example.com/next-events',
  allowedHosts: ['www.example.com'],
};

describe('chooseTarget', () => {
  it('uses the destination while live', () => {
    expect(chooseTarget(campaign)).toEqual({ url: campaign.destinationUrl, reason: 'destination' });
  });

  it('uses an allowed fallback once ended', () => {
    expect(chooseTarget({ ...campaign, campaignStatus: 'ended' })).toEqual({ url: campaign.fallbackUrl, reason: 'fallback' });
  });

  it('accepts a fallback on the destination host', () => {
    const fallbackUrl = 'https://events.example.com/archive';
    expect(chooseTarget({ ...campaign, campaignStatus: 'ended', fallbackUrl, allowedHosts: [] }).url).toBe(fallbackUrl);
  });

  it('accepts an international allowed host', () => {
    const fallbackUrl = 'https://xn--bcher-kva.example/x';
    expect(chooseTarget({ ...campaign, campaignStatus: 'ended', fallbackUrl, allowedHosts: ['Bücher.example'] }).url).toBe(fallbackUrl);
  });

  it.each([
    ['another host', 'https://evil.example/'],
    ['a look-alike suffix', 'https://www.example.com.evil.example/'],
    ['user info trick', 'https://www.example.com@evil.example/'],
    ['a script URL', 'javascript:alert(1)'],
    ['a protocol-relative URL', '//evil.example/'],
  ])('rejects a fallback on %s', (_case, fallbackUrl) => {
    expect(chooseTarget({ ...campaign, campaignStatus: 'ended', fallbackUrl })).toMatchObject({
      url: campaign.destinationUrl,
      reason: 'fallback-rejected',
    });
  });

  it('keeps the destination without fallback', () => {
    expect(chooseTarget({ ...campaign, campaignStatus: 'ended', fallbackUrl: null }).reason).toBe('destination');
  });
});
