/**
 * Integration: completion moments by mutation, signed webhook and booth
 * check-in; the invitation window and one invitation per campaign; the
 * public share page with its preview tags and PNG card.
 */
import { jest } from '@jest/globals';
import { signatureHeader } from '../src/webhooks/webhook-signature.js';
import { type CampaignsApp, type Caller, eventsOf, GraphqlFailure, member, newOrganization, startCampaigns } from './support/campaigns-app.js';

jest.setTimeout(60_000);

let app: CampaignsApp;
let api: Caller;
let organizationId: string;
let campaignId: string;
let interactionId: string;
let ecosystemId: string;

const RECORD = `mutation($input: RecordCompletionInput!) {
  recordCompletion(input: $input) {
    created notInvitedReason completion { id kind source }
    invitation { id shareUrl cardUrl posts { network position text subject link intentUrl characterCount } }
  }
}`;

interface Recorded {
  created: boolean;
  notInvitedReason: string | null;
  completion: { id: string; kind: string; source: string };
  invitation: {
    id: string;
    shareUrl: string;
    cardUrl: string;
    posts: { network: string; position: number; text: string; subject: string | null; link: string; intentUrl: string; characterCount: number }[];
  } | null;
}

async function record(input: Record<string, unknown>): Promise<Recorded> {
  const { recordCompletion } = await api.request<{ recordCompletion: Recorded }>(RECORD, {
    input: { campaignId, kind: 'SESSION_ATTENDED', ...input },
  });

  return recordCompletion;
}

async function newCampaign(name: string, extra: Record<string, unknown> = {}): Promise<string> {
  const { createCampaign } = await api.request<{ createCampaign: { id: string } }>(
    `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
    {
      input: {
        name,
        interactionId,
        ecosystemId,
        outcome: 'EVENT_REGISTRATION',
        destinationUrl: 'https://events.example.com/next',
        shareKit: [
          { network: 'LINKEDIN', template: 'I attended {interactionName}, {firstName} here. Join: {link}' },
          { network: 'LINKEDIN', template: 'Second take on {interactionName}: {link}' },
          { network: 'X', template: 'At {interactionName} {link}' },
          { network: 'EMAIL', template: 'Hi, I went to {interactionName}: {link}', subject: 'You should come to {interactionName}' },
        ],
        ...extra,
      },
    },
  );

  return createCampaign.id;
}

async function launch(id: string) {
  await api.request(`mutation($id: ID!) { launchCampaign(id: $id) { id } }`, { id });
}

function publicPath(url: string): string {
  const parsed = new URL(url);

  return `${app.url}${parsed.pathname}`;
}

beforeAll(async () => {
  app = await startCampaigns({ TRACKING_PUBLIC_URL: 'http://127.0.0.1:9' });
  ({ api, organizationId } = await newOrganization(app, 'Northwind <Events>'));
  const setup = await api.request<{ i: { id: string }; e: { id: string } }>(`mutation {
    i: createInteraction(input: { name: "Northwind Summit & Expo", kind: EVENT, venue: PHYSICAL, startsAt: "2026-11-18T09:00:00Z" }) { id }
    e: createEcosystem(input: { name: "Summit attendees", kind: EVENT_ATTENDEES }) { id }
  }`);
  interactionId = setup.i.id;
  ecosystemId = setup.e.id;
  campaignId = await newCampaign('Summit sharing');
  await launch(campaignId);
});

afterAll(async () => {
  await app?.close();
});

describe('completion moments', () => {
  it('creates the unknown person', async () => {
    const recorded = await record({ email: 'New.Person@Example.com', firstName: 'Nia', externalId: 'm-1' });
    expect(recorded.created).toBe(true);
    expect(recorded.invitation?.posts.map((post) => `${post.network}${post.position}`)).toEqual(['EMAIL0', 'LINKEDIN0', 'LINKEDIN1', 'X0']);
    const { participants } = await api.request<{ participants: { nodes: { lineage: { origin: string } }[] } }>(
      `{ participants(search: "new.person") { nodes { lineage { origin } } } }`,
    );
    expect(participants.nodes[0]?.lineage.origin).toBe('COMPLETION');
  });

  it('renders posts and intents', async () => {
    const recorded = await record({ email: 'render@example.com', firstName: 'Ren' });
    const linkedin = recorded.invitation!.posts.find((post) => post.network === 'LINKEDIN')!;
    expect(linkedin.text).toBe(`I attended Northwind Summit & Expo, Ren here. Join: ${linkedin.link}`);
    expect(linkedin.link).toMatch(/^http:\/\/127\.0\.0\.1:9\/r\/[0-9A-Za-z]{10}$/);
    expect(linkedin.intentUrl).toBe(`https://www.linkedin.com/feed/?shareActive=true&text=${encodeURIComponent(linkedin.text)}`);
    const x = recorded.invitation!.posts.find((post) => post.network === 'X')!;
    expect(x.characterCount).toBe('At Northwind Summit & Expo '.length + 23);
    const email = recorded.invitation!.posts.find((post) => post.network === 'EMAIL')!;
    expect(email.subject).toBe('You should come to Northwind Summit & Expo');
    expect(email.intentUrl).toContain(`subject=${encodeURIComponent(email.subject!)}`);
  });

  it('invites once per campaign', async () => {
    const first = await record({ email: 'once@example.com' });
    const second = await record({ email: 'ONCE@example.com', kind: 'REPORT_DOWNLOADED' });
    expect(second.created).toBe(true);
    expect(second.invitation?.id).toBe(first.invitation?.id);
    const invitations = (await eventsOf(app, organizationId, 'invitation.created')).filter(
      (event) => event.data.invitationId === first.invitation!.id,
    );
    expect(invitations).toHaveLength(1);
  });

  it('records a repeated sender id once', async () => {
    const again = await record({ email: 'new.person@example.com', externalId: 'm-1' });
    expect(again.created).toBe(false);
  });

  it('skips moments outside the window', async () => {
    const old = new Date(Date.now() - 20 * 86_400_000).toISOString();
    const recorded = await record({ email: 'late@example.com', occurredAt: old });
    expect(recorded.invitation).toBeNull();
    expect(recorded.notInvitedReason).toBe('OUTSIDE_WINDOW');
  });

  it('skips people without contact consent', async () => {
    const recorded = await record({ email: 'quiet@example.com', consent: { contact: false } });
    expect(recorded.notInvitedReason).toBe('NO_CONTACT_CONSENT');
  });

  it('waits for a draft campaign', async () => {
    const draft = await newCampaign('Still a draft');
    const { recordCompletion } = await api.request<{ recordCompletion: Recorded }>(RECORD, {
      input: { campaignId: draft, email: 'early@example.com', kind: 'CUSTOM' },
    });
    expect(recordCompletion.notInvitedReason).toBe('CAMPAIGN_NOT_LIVE');
  });

  it('rejects a future moment', async () => {
    const future = new Date(Date.now() + 3_600_000).toISOString();
    await expect(record({ email: 'future@example.com', occurredAt: future })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('carries network sizes on links', async () => {
    await api.request(`mutation { createParticipant(input: { email: "sized@example.com", profiles: [{ network: LINKEDIN, size: 870 }] }) { id } }`);
    const recorded = await record({ email: 'sized@example.com' });
    const created = (await eventsOf(app, organizationId, 'invitation.created')).find(
      (event) => event.data.invitationId === recorded.invitation!.id,
    );
    const links = created!.data.links as { network: string; networkSize: number | null }[];
    expect(links.find((link) => link.network === 'linkedin')?.networkSize).toBe(870);
    expect(links.find((link) => link.network === 'x')?.networkSize).toBeNull();
  });
});

describe('share kits', () => {
  it.each([
    ['an unknown placeholder', [{ network: 'LINKEDIN', template: 'Hi {nickname} {link}' }], '{nickname}'],
    ['a long X post', [{ network: 'X', template: `${'y'.repeat(270)} {link}` }], 'X allows 280'],
    ['a subject off e-mail', [{ network: 'X', template: 'Hi {link}', subject: 'Nope' }], 'only an EMAIL variant'],
    ['six variants', Array.from({ length: 6 }, () => ({ network: 'LINKEDIN', template: 'Hi {link}' })), 'at most 5'],
  ])('rejects %s', async (_case, shareKit, message) => {
    const error = (await api
      .request(`mutation($id: ID!, $kit: [ShareTemplateInput!]!) { updateShareKit(campaignId: $id, shareKit: $kit) { id } }`, {
        id: campaignId,
        kit: shareKit,
      })
      .catch((err: unknown) => err)) as GraphqlFailure;
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(message);
  });
});

describe('webhook intake', () => {
  let endpointId: string;
  let secret: string;

  async function deliver(body: object, options: { secret?: string; timestamp?: number; id?: string } = {}) {
    const raw = Buffer.from(JSON.stringify(body));
    const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));

    return fetch(`${app.url}/v1/webhooks/${endpointId}/completions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': options.id ?? `evt-${Math.random()}`,
        'webhook-timestamp': timestamp,
        'webhook-signature': signatureHeader(options.secret ?? secret, timestamp, raw),
      },
      body: raw,
    });
  }

  beforeAll(async () => {
    const { createCompletionWebhook } = await api.request<{ createCompletionWebhook: { secret: string; endpoint: { id: string; url: string } } }>(
      `mutation($c: ID) { createCompletionWebhook(input: { name: "Zoom events", campaignId: $c }) { secret endpoint { id url } } }`,
      { c: campaignId },
    );
    endpointId = createCompletionWebhook.endpoint.id;
    secret = createCompletionWebhook.secret;
    expect(createCompletionWebhook.endpoint.url).toBe(`http://127.0.0.1:1/v1/webhooks/${endpointId}/completions`);
  });

  it('accepts a signed delivery', async () => {
    const response = await deliver({ kind: 'session_attended', email: 'hook@example.com', firstName: 'Hook' }, { id: 'evt-1' });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { completionId: string; shareUrl: string };
    expect(body.shareUrl).toMatch(/\/s\/[0-9A-Za-z]{22}$/);
  });

  it('accepts a replay once', async () => {
    const response = await deliver({ kind: 'session_attended', email: 'hook@example.com' }, { id: 'evt-1' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ duplicate: true });
    const { campaign } = await api.request<{ campaign: { completionCount: number } }>(`query($id: ID!) { campaign(id: $id) { completionCount } }`, {
      id: campaignId,
    });
    const rows = await app.runtime.em().execute<{ count: string }[]>(`select count(*) as count from webhook_delivery where endpoint_id = ?`, [endpointId]);
    expect(Number(rows[0]!.count)).toBe(1);
    expect(campaign.completionCount).toBeGreaterThan(0);
  });

  it('rejects a wrong signature', async () => {
    const response = await deliver({ kind: 'custom', email: 'x@example.com' }, { secret: 'whsec_wrong' });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain('webhook-signature');
  });

  it('rejects a stale timestamp', async () => {
    const response = await deliver({ kind: 'custom', email: 'x@example.com' }, { timestamp: Math.floor(Date.now() / 1000) - 3600 });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain('webhook-timestamp');
  });

  it('rejects a tampered body', async () => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signed = Buffer.from(JSON.stringify({ kind: 'custom', email: 'a@example.com' }));
    const response = await fetch(`${app.url}/v1/webhooks/${endpointId}/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'webhook-id': 'evt-t', 'webhook-timestamp': timestamp, 'webhook-signature': signatureHeader(secret, timestamp, signed) },
      body: JSON.stringify({ kind: 'custom', email: 'b@example.com' }),
    });
    expect(response.status).toBe(401);
  });

  it('names a bad kind', async () => {
    const response = await deliver({ kind: 'webinar_watched', email: 'x@example.com' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain('kind');
  });

  it('keeps the old secret after rotation', async () => {
    const { rotateCompletionWebhookSecret } = await api.request<{ rotateCompletionWebhookSecret: { secret: string } }>(
      `mutation($id: ID!) { rotateCompletionWebhookSecret(id: $id, input: { previousSecretValidHours: 1 }) { secret } }`,
      { id: endpointId },
    );
    expect((await deliver({ kind: 'custom', email: 'old@example.com' })).status).toBe(201);
    expect((await deliver({ kind: 'custom', email: 'new@example.com' }, { secret: rotateCompletionWebhookSecret.secret })).status).toBe(201);
    await api.request(`mutation($id: ID!) { rotateCompletionWebhookSecret(id: $id, input: { previousSecretValidHours: 0 }) { secret } }`, { id: endpointId });
    expect((await deliver({ kind: 'custom', email: 'old@example.com' }, { secret: rotateCompletionWebhookSecret.secret })).status).toBe(401);
  });

  it('answers an unknown endpoint', async () => {
    const response = await fetch(`${app.url}/v1/webhooks/not-a-uuid/completions`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
  });

  it('keeps endpoints to admins', async () => {
    const error = (await member(app.url, organizationId, 'editor')
      .request(`{ completionWebhooks { totalCount } }`)
      .catch((err: unknown) => err)) as GraphqlFailure;
    expect(error.code).toBe('FORBIDDEN');
  });
});

describe('share page', () => {
  let invitation: NonNullable<Recorded['invitation']>;

  beforeAll(async () => {
    await api.request(`mutation { createParticipant(input: { email: "page@example.com", firstName: "Pat", lastName: "<Page>", profiles: [{ network: X, size: 42 }] }) { id } }`);
    invitation = (await record({ email: 'page@example.com' })).invitation!;
  });

  it('serves preview tags', async () => {
    const response = await fetch(publicPath(invitation.shareUrl));
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('<meta property="og:title" content="Pat &lt;Page&gt; attended Northwind Summit &amp; Expo">');
    expect(page).toContain(`<meta property="og:image" content="${invitation.cardUrl}">`);
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(page).not.toContain('<Page>');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('shows one button per network', async () => {
    const page = await (await fetch(publicPath(invitation.shareUrl))).text();
    const buttons = [...page.matchAll(/<a class="share (\w+)"[^>]*data-code="([0-9A-Za-z]{10})"\s*data-network-size="(\d*)"/g)];
    expect(buttons.map((match) => match[1])).toEqual(['linkedin', 'x', 'email']);
    expect(buttons.find((match) => match[1] === 'x')?.[3]).toBe('42');
    expect(page).toMatch(/<img class="seen" src="http:\/\/127\.0\.0\.1:9\/v1\/advocate-seen\/[0-9A-Za-z]{10}"/);
    const script = await (await fetch(`${app.url}/s/assets/share.js`)).text();
    expect(script).toContain("'/v1/share-intents'");
  });

  it('serves a cacheable PNG card', async () => {
    const response = await fetch(publicPath(invitation.cardUrl));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toContain('max-age=86400');
    const png = Buffer.from(await response.arrayBuffer());
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    const cached = await fetch(publicPath(invitation.cardUrl), { headers: { 'if-none-match': response.headers.get('etag')! } });
    expect(cached.status).toBe(304);
  });

  it('hides an erased participant', async () => {
    const { participants } = await api.request<{ participants: { nodes: { id: string }[] } }>(`{ participants(search: "page@example.com") { nodes { id } } }`);
    await api.request(`mutation($id: ID!) { eraseParticipant(id: $id) { id } }`, { id: participants.nodes[0]!.id });
    expect((await fetch(publicPath(invitation.shareUrl))).status).toBe(404);
    expect((await fetch(publicPath(invitation.cardUrl))).status).toBe(404);
  });

  it('answers an unknown token', async () => {
    expect((await fetch(`${app.url}/s/ZZZZZZZZZZZZZZZZZZZZZZ`)).status).toBe(404);
  });
});

describe('booth check-in', () => {
  let booth: { checkInUrl: string; qrCodeUrl: string };

  beforeAll(async () => {
    const { createBooth } = await api.request<{ createBooth: typeof booth }>(
      `mutation($c: ID!) { createBooth(input: { campaignId: $c, name: "Booth 12" }) { checkInUrl qrCodeUrl } }`,
      { c: campaignId },
    );
    booth = createBooth;
  });

  it('serves the QR code', async () => {
    const response = await fetch(publicPath(booth.qrCodeUrl));
    expect(response.headers.get('content-type')).toContain('image/svg+xml');
    expect(await response.text()).toMatch(/^<svg /);
  });

  it('checks in and opens sharing', async () => {
    const response = await fetch(publicPath(booth.checkInUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: 'visitor@example.com', firstName: 'Vi' }).toString(),
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/\/s\/[0-9A-Za-z]{22}$/);
    const { completions } = await api.request<{ completions: { nodes: { kind: string; source: string }[] } }>(
      `query($c: ID) { completions(campaignId: $c, first: 1) { nodes { kind source } } }`,
      { c: campaignId },
    );
    expect(completions.nodes[0]).toEqual({ kind: 'BOOTH_VISITED', source: 'BOOTH' });
  });

  it('asks again for a bad address', async () => {
    const response = await fetch(publicPath(booth.checkInUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=nope',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('check the e-mail address');
  });
});
