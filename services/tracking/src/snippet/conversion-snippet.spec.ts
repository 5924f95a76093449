import { runInNewContext } from 'node:vm';
import { CONVERSION_SNIPPET } from './conversion-snippet.js';

interface Posted {
  url: string;
  init: { method: string; headers: Record<string, string>; body: string; keepalive: boolean; credentials: string };
}

/**
 * Runs the snippet as a landing page at `pageUrl` would, with a cookie jar
 * that keeps name=value pairs like a browser's document.cookie.
 */
function loadPage(pageUrl: string, jar: Map<string, string>, queued: unknown[][] = []) {
  const posted: Posted[] = [];
  const listeners: ((event: { target: unknown }) => void)[] = [];
  const document = {
    currentScript: { src: 'https://track.example/v1/snippet.js', getAttribute: () => null },
    get cookie() {
      return [...jar.entries()].map(([name, value]) => `${name}=${value}`).join('; ');
    },
    set cookie(value: string) {
      const [pair] = value.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
      jar.set(`attributes:${pair!.slice(0, at)}`, value.slice(pair!.length));
    },
    addEventListener: (_type: string, listener: (event: { target: unknown }) => void) => listeners.push(listener),
  };
  const window: Record<string, unknown> = { algTrack: queued };
  const fetch = async (url: string, init: Posted['init']) => {
    posted.push({ url, init });

    return { ok: true, status: 201, json: async () => ({ conversionId: 'c1', duplicate: false }) };
  };
  runInNewContext(CONVERSION_SNIPPET, { document, window, location: new URL(pageUrl), URL, URLSearchParams, fetch, Promise, JSON });

  return {
    posted,
    algTrack: window.algTrack as ((kind: string, details?: Record<string, unknown>) => Promise<Record<string, unknown>>) & {
      reference(): { first: string; last: string } | null;
    },
    submit: (form: unknown) => listeners.forEach((listener) => listener({ target: form })),
  };
}

const first = 'AbC123xYz9.0Ab9cDeFgHiJkLmNoPqRs';
const last = 'ZyX987wVu6.0Ab9cDeFgHiJkLmNoPqRt';

describe('conversion snippet', () => {
  it('keeps first and last touch', () => {
    const jar = new Map<string, string>();
    loadPage(`https://events.example.com/register?alg_ref=${first}`, jar);
    const page = loadPage(`https://events.example.com/register?utm_source=x&alg_ref=${last}#form`, jar);
    expect(page.algTrack.reference()).toEqual({ first, last });
    expect(jar.get('attributes:alg_ref')).toBe('; Max-Age=2592000; Path=/; SameSite=Lax; Secure');
  });

  it('remembers the reference without alg_ref', () => {
    const jar = new Map<string, string>();
    loadPage(`https://events.example.com/?alg_ref=${first}`, jar);
    expect(loadPage('https://events.example.com/thanks', jar).algTrack.reference()).toEqual({ first, last: first });
  });

  it('ignores a malformed reference', () => {
    const page = loadPage('https://events.example.com/?alg_ref=%3Cscript%3E', new Map());
    expect(page.algTrack.reference()).toBeNull();
  });

  it('posts a conversion as text', async () => {
    const jar = new Map<string, string>();
    loadPage(`https://events.example.com/?alg_ref=${first}`, jar);
    const page = loadPage(`https://events.example.com/?alg_ref=${last}`, jar);
    const result = await page.algTrack('registration', { email: 'ada@example.com', name: 'Ada', value: 12 });
    expect(result).toMatchObject({ sent: true, status: 201, conversionId: 'c1' });
    expect(page.posted).toHaveLength(1);
    expect(page.posted[0]!.url).toBe('https://track.example/v1/conversions');
    expect(page.posted[0]!.init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit' });
    expect(page.posted[0]!.init.headers['content-type']).toMatch(/^text\/plain/);
    expect(JSON.parse(page.posted[0]!.init.body)).toEqual({
      ref: last,
      firstRef: first,
      kind: 'registration',
      email: 'ada@example.com',
      name: 'Ada',
      value: 12,
    });
  });

  it('sends nothing without a reference', async () => {
    const page = loadPage('https://events.example.com/', new Map());
    await expect(page.algTrack('registration', { email: 'ada@example.com' })).resolves.toMatchObject({ sent: false });
    expect(page.posted).toHaveLength(0);
  });

  it('runs calls queued before loading', () => {
    const page = loadPage(`https://events.example.com/?alg_ref=${first}`, new Map(), [['lead', { email: 'ada@example.com' }]]);
    expect(JSON.parse(page.posted[0]!.init.body)).toEqual({ ref: first, kind: 'lead', email: 'ada@example.com' });
  });

  it('reports marked form submissions', () => {
    const page = loadPage(`https://events.example.com/?alg_ref=${first}`, new Map());
    const values: Record<string, { value: string }> = { email: { value: 'grace@example.com' }, name: { value: 'Grace' } };
    page.submit({
      getAttribute: (name: string) => (name === 'data-alg-conversion' ? 'demo_request' : null),
      elements: { namedItem: (name: string) => values[name] ?? null },
    });
    expect(JSON.parse(page.posted[0]!.init.body)).toEqual({ ref: first, kind: 'demo_request', email: 'grace@example.com', name: 'Grace' });
  });
});
