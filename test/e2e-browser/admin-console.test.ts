// Browser tests of the admin console: the built bundle is served by
// `vite preview`, the gateway is the stub from stub-gateway.ts, and Debian's
// Chromium is driven through playwright-core. Screenshots go to
// admin/test-artifacts/. Run `npm run build -w admin` first.

import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CAMPAIGN_COUNT, ORGANIZATION, startStubGateway, VALID_API_KEY, type StubGateway } from './stub-gateway.ts';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ADMIN_DIR = fileURLToPath(new URL('../../admin/', import.meta.url));
const ARTIFACTS_DIR = join(ADMIN_DIR, 'test-artifacts');
const VITE_BIN = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));

/** A well-formed key that the stub does not know. */
const UNKNOWN_API_KEY = 'alg_ZZZZZZZZZZZZ_ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) {
        return;
      }
    } catch {
      // The preview server is not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms.`);
}

const skipReason = !existsSync(CHROMIUM_PATH)
  ? `Chromium is missing at ${CHROMIUM_PATH}: install Debian's chromium package or set CHROMIUM_PATH.`
  : !existsSync(join(ADMIN_DIR, 'dist', 'index.html'))
    ? 'admin/dist is missing: run `npm run build -w admin` first.'
    : false;

describe('admin console in Chromium', { skip: skipReason }, () => {
  let gateway: StubGateway;
  let preview: ChildProcess;
  let previewUrl: string;
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;

  /** Serves config.js with a gateway URL, which is what an operator does after a build. */
  async function pointConsoleAt(gatewayUrl: string): Promise<void> {
    await page.unroute('**/config.js');
    await page.route('**/config.js', (route) =>
      route.fulfill({
        contentType: 'application/javascript',
        body: `window.ALG_CONFIG = { gatewayUrl: ${JSON.stringify(gatewayUrl)} };`,
      }),
    );
  }

  async function screenshot(name: string): Promise<void> {
    await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true, animations: 'disabled' });
  }

  /** Loads the console anew, so that config.js is fetched again and the data provider starts empty. */
  async function openFresh(hashPath: string): Promise<void> {
    await page.goto('about:blank');
    await page.goto(`${previewUrl}/#${hashPath}`);
  }

  async function signIn(apiKey: string): Promise<void> {
    await openFresh('/login');
    await page.getByLabel('API key').fill(apiKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  function operationsNamed(name: string) {
    return gateway.operations.filter((operation) => operation.operationName === name);
  }

  before(async () => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    gateway = await startStubGateway();
    const port = await freePort();
    previewUrl = `http://127.0.0.1:${port}`;
    preview = spawn(
      process.execPath,
      [VITE_BIN, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
      {
        cwd: ADMIN_DIR,
        stdio: 'ignore',
      },
    );
    await waitForHttp(previewUrl, 20_000);
    userDataDir = mkdtempSync(join(tmpdir(), 'alg-admin-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`));
  });

  after(async () => {
    await context?.close();
    preview?.kill();
    await gateway?.close();
    if (userDataDir) {
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });

  it('login page shows the default gateway', async () => {
    await page.goto(previewUrl);
    await page.getByLabel('API key').waitFor();
    assert.equal(await page.title(), 'Advocacy-led growth console');
    const endpoint = await page.getByTestId('gateway-endpoint').textContent();
    assert.equal(endpoint, 'Gateway: http://127.0.0.1:4000/graphql');
    await screenshot('01-login-page');
  });

  it('login rejects a malformed key inline', async () => {
    await signIn('not-an-api-key');
    await page.getByText('This is not an API key').waitFor();
    await screenshot('02-login-malformed-key');
  });

  it('login reports an unreachable gateway', async () => {
    const closedPort = await freePort();
    await pointConsoleAt(`http://127.0.0.1:${closedPort}`);
    await signIn(UNKNOWN_API_KEY);
    await page.getByText(`Could not reach the gateway at http://127.0.0.1:${closedPort}/graphql`).waitFor();
    await screenshot('03-login-gateway-unreachable');
  });

  it('login shows the server message for an unknown key', async () => {
    await pointConsoleAt(gateway.url);
    await signIn(UNKNOWN_API_KEY);
    await page.getByText('The API key is invalid or has been revoked. (UNAUTHENTICATED)').waitFor();
    assert.match(page.url(), /#\/login$/);
    await screenshot('04-login-unknown-key');
  });

  it('login with a valid key opens the campaigns list', async () => {
    await signIn(VALID_API_KEY);
    await page.getByRole('cell', { name: 'Campaign 1', exact: true }).waitFor();
    await page.getByText(`1-25 of ${CAMPAIGN_COUNT}`).waitFor();
    const stored = await page.evaluate(() => window.localStorage.getItem('alg.admin.session'));
    assert.ok(stored !== null);
    assert.equal(JSON.parse(stored).organization.name, ORGANIZATION.name);
    await screenshot('05-campaigns-list');
  });

  it('next page costs one request', async () => {
    gateway.operations.length = 0;
    await page.getByRole('button', { name: 'Go to next page' }).click();
    await page.getByText(`26-50 of ${CAMPAIGN_COUNT}`).waitFor();
    await page.getByRole('cell', { name: 'Campaign 26', exact: true }).waitFor();
    assert.equal(operationsNamed('SkipCampaigns').length, 0);
    assert.equal(operationsNamed('ListCampaigns').length, 1);
    assert.equal(typeof operationsNamed('ListCampaigns')[0]?.variables.after, 'string');
  });

  it('direct page walks ahead with one cursor request', async () => {
    gateway.operations.length = 0;
    await openFresh('/campaigns?page=3&perPage=10');
    await page.getByRole('cell', { name: 'Campaign 21', exact: true }).waitFor();
    await page.getByText(`21-30 of ${CAMPAIGN_COUNT}`).waitFor();
    const skips = operationsNamed('SkipCampaigns');
    assert.equal(skips.length, 1);
    assert.equal(skips[0]?.variables.first, 20);
    assert.equal(operationsNamed('ListCampaigns').length, 1);
  });

  it('status filter is sent to the gateway', async () => {
    gateway.operations.length = 0;
    const filter = encodeURIComponent(JSON.stringify({ status: 'LIVE' }));
    await page.goto(`${previewUrl}/#/campaigns?filter=${filter}&page=1&perPage=25`);
    await page.getByText(`1-15 of 15`).waitFor();
    const lists = operationsNamed('ListCampaigns');
    assert.ok(lists.length >= 1);
    assert.equal(lists.at(-1)?.variables.status, 'LIVE');
    await screenshot('06-campaigns-filtered');
  });

  it('campaign show has leaderboard and metrics notice', async () => {
    await page.goto(`${previewUrl}/#/campaigns/cmp-1/show`);
    await page.getByText('Spring Summit').first().waitFor();
    await page.getByText('Metrics unavailable').waitFor();
    await page.getByText('Cannot query field "metrics" on type "Campaign". (GRAPHQL_VALIDATION_FAILED)').waitFor();
    const leaderboard = page.getByTestId('campaign-leaderboard');
    await leaderboard.getByText('person1@example.com').waitFor();
    assert.equal(await leaderboard.locator('tbody tr').count(), 3);
    await page.getByText('Join me at {interactionName} {link}').waitFor();
    await screenshot('07-campaign-show');
  });

  it('campaign show renders metrics once served', async () => {
    gateway.enableMetrics();
    await openFresh('/campaigns/cmp-1/show');
    const metrics = page.getByTestId('campaign-metrics');
    await metrics.getByText('Potential reach').waitFor();
    await metrics.getByText('18,250').waitFor();
    await metrics.getByText('25%').waitFor();
    await metrics.getByText('€26.05').waitFor();
    await page.getByText('Activation target met').waitFor();
    assert.equal(await page.getByText('Metrics unavailable').count(), 0);
    await screenshot('08-campaign-show-with-metrics');
  });

  it('participant show has ecosystems and lineage', async () => {
    await page.goto(`${previewUrl}/#/participants/par-2/show`);
    await page.getByText('person2@example.com').first().waitFor();
    await page.getByText('Partner resellers').waitFor();
    await page.getByText('Conversion').waitFor();
    // The lineage's ids are resolved through getMany into the campaign's name and the advocate's e-mail.
    await page.getByRole('link', { name: 'Campaign 1', exact: true }).waitFor();
    await page.getByRole('link', { name: 'person1@example.com' }).waitFor();
    await screenshot('09-participant-show');
  });

  it('ecosystem show lists campaigns and members', async () => {
    await page.goto(`${previewUrl}/#/ecosystems/eco-1/show`);
    await page.getByRole('cell', { name: 'Campaign 1', exact: true }).waitFor();
    await page.getByRole('cell', { name: 'person1@example.com' }).waitFor();
    const references = gateway.operations.filter((operation) => operation.variables.ecosystemId === 'eco-1');
    assert.ok(references.some((operation) => operation.operationName === 'ListCampaigns'));
    assert.ok(references.some((operation) => operation.operationName === 'ListParticipants'));
    await screenshot('10-ecosystem-show');
  });

  it('participants list shows rows', async () => {
    await page.goto(`${previewUrl}/#/participants`);
    await page.getByRole('cell', { name: 'person1@example.com' }).waitFor();
    await page.getByRole('cell', { name: 'Person1 Example' }).waitFor();
    await screenshot('11-participants-list');
  });

  it('ecosystem create shows a field error', async () => {
    await page.goto(`${previewUrl}/#/ecosystems/create`);
    await page.getByLabel('Name').fill('Customers');
    await page.getByLabel('Kind').click();
    await page.getByRole('option', { name: 'User community' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('An ecosystem named "Customers" already exists.').first().waitFor();
    await screenshot('12-ecosystem-create-error');
  });

  it('ecosystem create opens the new record', async () => {
    await page.getByLabel('Name').fill('Beta testers');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/ecosystems\/eco-4\/show$/);
    await page.getByText('Ecosystem created').waitFor();
    await page.getByText('Beta testers').first().waitFor();
    await screenshot('13-ecosystem-created');
  });

  it('revoked key logs out', async () => {
    gateway.revokeKey();
    // A fresh load drops the notifications that earlier steps queued.
    await openFresh('/campaigns');
    await page.waitForURL(/#\/login$/);
    await page.getByText('The API key is invalid or has been revoked.').first().waitFor();
    const stored = await page.evaluate(() => window.localStorage.getItem('alg.admin.session'));
    assert.equal(stored, null);
    await screenshot('14-logged-out-after-revocation');
  });
});
