import { classifyRequest, type RequestSignals } from './request-classifier.js';

const chromeDesktop =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const safariIphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

const request = (overrides: Partial<RequestSignals> = {}): RequestSignals => ({
  method: 'GET',
  userAgent: chromeDesktop,
  headers: {},
  ...overrides,
});

describe('classifyRequest', () => {
  it.each([
    ['LinkedInBot', 'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)'],
    ['Slackbot', 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)'],
    ['Twitterbot', 'Twitterbot/1.0'],
    ['facebookexternalhit', 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)'],
  ])('classifies %s as preview', (_case, userAgent) => {
    expect(classifyRequest(request({ userAgent }))).toBe('preview');
  });

  it('classifies HEAD as preview', () => {
    expect(classifyRequest(request({ method: 'HEAD' }))).toBe('preview');
  });

  it('classifies bot HEAD as preview', () => {
    expect(classifyRequest(request({ method: 'HEAD', userAgent: 'curl/8.5.0' }))).toBe('preview');
  });

  it.each([
    ['Purpose: prefetch', { purpose: 'prefetch' }],
    ['Sec-Purpose: prefetch;prerender', { 'sec-purpose': 'prefetch;prerender' }],
    ['Sec-Purpose: prefetch', { 'sec-purpose': 'prefetch' }],
    ['X-Purpose: preview', { 'x-purpose': 'preview' }],
    ['X-Moz: prefetch', { 'x-moz': 'prefetch' }],
    ['upper-case Purpose value', { purpose: 'Prefetch' }],
    ['repeated Sec-Purpose header', { 'sec-purpose': ['anonymous-client-ip', 'prefetch'] }],
  ])('classifies %s as preview', (_case, headers) => {
    expect(classifyRequest(request({ headers }))).toBe('preview');
  });

  it.each([
    ['curl', 'curl/8.5.0'],
    ['python-requests', 'python-requests/2.32.3'],
    ['Googlebot', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'],
    ['empty user agent', ''],
    ['missing user agent', undefined],
  ])('classifies %s as bot', (_case, userAgent) => {
    expect(classifyRequest(request({ userAgent }))).toBe('bot');
  });

  it.each([
    ['desktop Chrome', chromeDesktop],
    ['iPhone Safari', safariIphone],
  ])('classifies %s as human', (_case, userAgent) => {
    expect(classifyRequest(request({ userAgent }))).toBe('human');
  });

  it('ignores unrelated headers', () => {
    expect(
      classifyRequest(
        request({
          headers: { accept: 'text/html', 'sec-fetch-mode': 'navigate' },
        }),
      ),
    ).toBe('human');
  });
});
