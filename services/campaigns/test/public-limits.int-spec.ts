/**
 * Integration: the guards of the campaigns service's public routes, which
 * are the share page and card, assets, booth page, QR code and check-in,
 * and completion webhooks. They cover security headers, request size limits,
 * and rate limits per client address and per token or endpoint with 429 and
 * Retry-After. The limits are small and the window is 5 seconds.
 */
import { jest } from '@jest/globals';
import { signatureHeader } from '../src/webhooks/webhook-signature.js';
import { type CampaignsApp, type Caller, newOrganization, startCampaigns } from './support/campaigns-app.js';

jest.setTimeout(60_000);

const PUBLIC_URL = 'https://share.example.com';
const WINDOW_SECONDS = 5;
const PAGES_PER_IP = 4;
const PAGES_PER_TOKEN = 3;
const CHECK_INS_PER_IP = 2;
const CHECK_INS_PER_BOOTH = 3;
const WEBHOOKS_PER_ENDPOINT = 2;

let app: CampaignsApp;
let api: Caller;
let campaignId: string;
let addressCounter = 0;

/** Returns a new client address from 198.18.0.0/15, sent as X-Forwarded-For. */
const nextAddress = () => {
  addressCounter++;

  return `198.18.${Math.floor(addressCounter / 250)}.${(addressCounter % 250) + 1}`;
};

function local(url: string): string {
  return `${app.url}${new URL(url).pathname}`;
}

function get(url: string, address = nextAddress()) {
  return fetch(local(url), { headers: { 'x-forwarded-for': address }, redirect: 'manual' });
}

function checkIn(url: string, address: string, body = new URLSearchParams({ email: `visitor-${Math.random()}@example.com` }).toString()) {
  return fetch(local(url), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address },
    body,
    redirect: 'manual',
  });
}

async function invitation(email: string): Promise<{ shareUrl: string; cardUrl: string }> {
  const { recordCompletion } = await api.request<{ recordCompletion: { invitation: { shareUrl: string; cardUrl: string } } }>(
    `mutation($input: RecordCompletionInput!) { recordCompletion(input: $input) { invitation { shareUrl cardUrl } } }`,
    { input: { campaignId, kind: 'SESSION_ATTENDED', email } },
  );

  return recordCompletion.invitation;
}

async function booth(name: string): Promise<{ checkInUrl: string; qrCodeUrl: string }> {
  const { createBooth } = await api.request<{ createBooth: { checkInUrl: string; qrCodeUrl: string } }>(
    `mutation($c: ID!, $name: String!) { createBooth(input: { campaignId: $c, name: $name }) { checkInUrl qrCodeUrl } }`,
    { c: campaignId, name },
  );

  return createBooth;
}

async function webhook(): Promise<{ url: string; secret: string }> {
  const { createCompletionWebhook } = await api.request<{ createCompletionWebhook: { secret: string; endpoint: { url: string } } }>(
    `mutation($c: ID) { createCompletionWebhook(input: { name: "Limits", campaignId: $c }) { secret endpoint { url } } }`,
    { c: campaignId },
  );

  return { url: local(createCompletionWebhook.endpoint.url), secret: createCompletionWebhook.secret };
}

function deliver(endpoint: { url: string; secret: string }, address: string, raw = Buffer.from(JSON.stringify({ kind: 'custom', email: `hook-${Math.random()}@example.com` }))) {
  const timestamp = String(Math.floor(Date.now() / 1000));

  return fetch(endpoint.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': address,
      'webhook-id': `evt-${Math.random()}`,
      'webhook-timestamp': timestamp,
      'webhook-signature': signatureHeader(endpoint.secret, timestamp, raw),
    },
    body: raw,
  });
}

beforeAll(async () => {
  app = await startCampaigns({
    CAMPAIGNS_PUBLIC_URL: PUBLIC_URL,
    TRACKING_PUBLIC_URL: 'http://127.0.0.1:9',
    TRUST_PROXY: '1',
    RATE_LIMIT_WINDOW_SECONDS: String(WINDOW_SECONDS),
    RATE_LIMIT_PAGES_PER_IP: String(PAGES_PER_IP),
    RATE_LIMIT_PAGES_PER_TOKEN: String(PAGES_PER_TOKEN),
    RATE_LIMIT_CHECK_INS_PER_IP: String(CHECK_INS_PER_IP),
    RATE_LIMIT_CHECK_INS_PER_BOOTH: String(CHECK_INS_PER_BOOTH),
    RATE_LIMIT_WEBHOOKS_PER_ENDPOINT: String(WEBHOOKS_PER_ENDPOINT),
  });
  ({ api } = await newOrganization(app, 'Public Limits'));
  const setup = await api.request<{ i: { id: string }; e: { id: string } }>(`mutation {
    i: createInteraction(input: { name: "Limits Expo", kind: EVENT, venue: PHYSICAL, startsAt: "2026-11-18T09:00:00Z" }) { id }
    e: createEcosystem(input: { name: "Expo attendees", kind: EVENT_ATTENDEES }) { id }
  }`);
  const { createCampaign } = await api.request<{ createCampaign: { id: string } }>(
    `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
    {
      input: {
        name: 'Expo sharing',
        interactionId: setup.i.id,
        ecosystemId: setup.e.id,
        outcome: 'EVENT_REGISTRATION',
        destinationUrl: 'https://events.example.com/next',
        shareKit: [{ network: 'LINKEDIN', template: 'I was at {interactionName}: {link}' }],
      },
    },
  );
  campaignId = createCampaign.id;
  await api.request(`mutation($id: ID!) { launchCampaign(id: $id) { id } }`, { id: campaignId });
});

afterAll(async () => {
  await app?.close();
});

describe('public route headers', () => {
  it('sends the security headers everywhere', async () => {
    const page = await invitation('headers@example.com');
    const stand = await booth('Headers booth');
    const endpoint = await webhook();
    const responses = {
      'share page': await get(page.shareUrl),
      card: await get(page.cardUrl),
      script: await get(`${PUBLIC_URL}/s/assets/share.js`),
      'unknown share page': await get(`${PUBLIC_URL}/s/ZZZZZZZZZZZZZZZZZZZZZZ`),
      'booth page': await get(stand.checkInUrl),
      'QR code': await get(stand.qrCodeUrl),
      'unknown QR code': await get(`${PUBLIC_URL}/b/ZZZZZZZZZZZZZZZZZZZZZZ/qr.svg`),
      'unsigned webhook': await fetch(endpoint.url, { method: 'POST', body: '{}' }),
    };

    for (const [route, response] of Object.entries(responses)) {
      const headers = Object.fromEntries(
        ['x-content-type-options', 'referrer-policy', 'strict-transport-security', 'x-frame-options'].map((name) => [name, response.headers.get(name)]),
      );
      expect({ route, headers }).toEqual({
        route,
        headers: {
          'x-content-type-options': 'nosniff',
          'referrer-policy': 'strict-origin-when-cross-origin',
          'strict-transport-security': 'max-age=31536000; includeSubDomains',
          'x-frame-options': 'DENY',
        },
      });
      expect({ route, csp: response.headers.get('content-security-policy') }).toEqual({ route, csp: expect.stringContaining("frame-ancestors 'none'") });
    }
    expect(responses['share page'].headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(responses.script.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('sends no HSTS over plain http', async () => {
    const plain = await startCampaigns();
    try {
      const response = await fetch(`${plain.url}/s/assets/share.css`);

      expect(response.status).toBe(200);
      expect(response.headers.get('strict-transport-security')).toBeNull();
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    } finally {
      await plain.close();
    }
  });
});

describe('public route size limits', () => {
  it('rejects a webhook delivery over 64 KiB', async () => {
    const response = await deliver(await webhook(), nextAddress(), Buffer.alloc(65 * 1024, 'a'));
    const body = (await response.json()) as { error: { code: string; message: string } };

    expect(response.status).toBe(413);
    expect(body.error).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: 'The request body is over the limit of 65536 bytes.' });
  });

  it('rejects a check-in form over 8 KiB', async () => {
    const response = await checkIn((await booth('Large form')).checkInUrl, nextAddress(), `email=${'a'.repeat(9 * 1024)}`);
    const body = (await response.json()) as { error: { code: string } };

    expect(response.status).toBe(413);
    expect(body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('public route rate limits', () => {
  let limitedAddress: string;
  let retryAfter: number;

  it('limits pages per client address', async () => {
    limitedAddress = nextAddress();
    const allowed = [];
    for (let i = 0; i < PAGES_PER_IP; i++) allowed.push((await get(`${PUBLIC_URL}/s/assets/share.css`, limitedAddress)).status);
    const over = await get(`${PUBLIC_URL}/s/assets/share.css`, limitedAddress);
    const body = (await over.json()) as { error: { code: string; message: string; retryAfterSeconds: number } };
    retryAfter = Number(over.headers.get('retry-after'));
    const neighbour = await get(`${PUBLIC_URL}/s/assets/share.css`);

    expect(allowed).toEqual([200, 200, 200, 200]);
    expect(over.status).toBe(429);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
    expect(over.headers.get('x-content-type-options')).toBe('nosniff');
    expect(body.error).toEqual({
      code: 'RATE_LIMITED',
      message: `Rate limit exceeded: ${PAGES_PER_IP} public page requests per client address allowed per ${WINDOW_SECONDS} s; retry in ${retryAfter} s.`,
      retryAfterSeconds: retryAfter,
    });
    expect(neighbour.status).toBe(200);
  });

  it('starts again after the window', async () => {
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 200));

    expect((await get(`${PUBLIC_URL}/s/assets/share.css`, limitedAddress)).status).toBe(200);
  });

  it('limits one share page from many addresses', async () => {
    const page = await invitation('popular@example.com');
    const other = await invitation('quiet@example.com');
    const allowed = [(await get(page.shareUrl)).status, (await get(page.cardUrl)).status, (await get(page.shareUrl)).status];
    const over = await get(page.shareUrl);

    expect(allowed).toEqual([200, 200, 200]);
    expect(over.status).toBe(429);
    expect(over.headers.get('content-type')).toContain('text/html');
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await over.text()).toContain('Too many requests');
    expect((await get(page.cardUrl)).status).toBe(429);
    expect((await get(other.shareUrl)).status).toBe(200);
  });

  it('limits check-ins per client address', async () => {
    const stand = await booth('Address booth');
    const address = nextAddress();
    const allowed = [(await checkIn(stand.checkInUrl, address)).status, (await checkIn(stand.checkInUrl, address)).status];
    const over = await checkIn(stand.checkInUrl, address);

    expect(allowed).toEqual([303, 303]);
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await checkIn(stand.checkInUrl, nextAddress())).status).toBe(303);
  });

  it('limits check-ins per booth', async () => {
    const stand = await booth('Busy booth');
    const allowed = [];
    for (let i = 0; i < CHECK_INS_PER_BOOTH; i++) allowed.push((await checkIn(stand.checkInUrl, nextAddress())).status);
    const over = await checkIn(stand.checkInUrl, nextAddress());
    const page = await get(stand.checkInUrl);

    expect(allowed).toEqual([303, 303, 303]);
    expect(over.status).toBe(429);
    expect(page.status).toBe(200);
  });

  it('limits deliveries per webhook endpoint', async () => {
    const endpoint = await webhook();
    const other = await webhook();
    const allowed = [(await deliver(endpoint, nextAddress())).status, (await deliver(endpoint, nextAddress())).status];
    const over = await deliver(endpoint, nextAddress());
    const body = (await over.json()) as { error: { code: string; message: string } };

    expect(allowed).toEqual([201, 201]);
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(body.error.code).toBe('RATE_LIMITED');
    expect(body.error.message).toContain(`${WEBHOOKS_PER_ENDPOINT} deliveries to one webhook endpoint`);
    expect((await deliver(other, nextAddress())).status).toBe(201);
  });

  it('limits deliveries per client address', async () => {
    const address = nextAddress();
    const statuses = [];
    for (let i = 0; i <= WEBHOOKS_PER_ENDPOINT; i++) statuses.push((await deliver(await webhook(), address)).status);

    expect(statuses).toEqual([201, 201, 429]);
  });
});
