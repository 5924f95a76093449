// Browser tests of the admin console against the real stack: the services
// and the gateway started from their builds on PostgreSQL and Kafka, the
// advocacy loop's data, and the built console served by `vite preview`.
// Debian's Chromium drives it through playwright-core. Each dashboard's
// screenshot is saved to admin/test-artifacts/.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { GraphqlClient } from '../../scripts/lib/graphql-client.ts';
import { launchBrowser, skipReason, type Browser } from './support/browser.ts';
import { ConsolePage } from './support/console-page.ts';
import { ADMIN_DIR } from './support/console-server.ts';
import { type Environment, prepareEnvironment } from './support/environment.ts';

const ARTIFACTS = join(ADMIN_DIR, 'test-artifacts');
const log = (line: string) => process.stderr.write(`browser tests: ${line}\n`);

const usd = (amount: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount);
const count = (value: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(value);

describe('admin console in Chromium', { skip: skipReason() }, () => {
  let environment: Environment;
  let browser: Browser;
  let page: Page;
  let ui: ConsolePage;
  let api: GraphqlClient;
  let downloads: string;
  const pageErrors: string[] = [];

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    downloads = mkdtempSync(join(tmpdir(), 'alg-downloads-'));
    environment = await prepareEnvironment(log);
    api = new GraphqlClient(environment.urls.gateway, environment.seed.loop.apiKey);
    browser = await launchBrowser(downloads);
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    ui = new ConsolePage(page, environment.origin, ARTIFACTS);
  });

  after(async () => {
    await browser?.close();
    await environment?.stop();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('login page offers password and key', async () => {
    await ui.open('/login');
    await page.getByRole('tab', { name: 'E-mail and password' }).waitFor();
    await page.getByRole('tab', { name: 'API key' }).waitFor();
    assert.equal(await page.title(), 'Advocacy-led growth console');
    assert.equal(await page.getByTestId('gateway-endpoint').textContent(), `Gateway: ${environment.urls.gateway}`);
    await ui.screenshot('01-login');
  });

  it('wrong password shows the server message', async () => {
    await ui.signInWithPassword({ email: environment.seed.admin.email, password: 'not-the-password' });
    await page.getByText('Sign-in failed: check the credentials and the organization. (UNAUTHENTICATED)').waitFor();
    assert.match(page.url(), /#\/login$/);
    await ui.screenshot('02-login-rejected');
  });

  it('new organization shows its first steps', async () => {
    const { newcomer } = environment.seed;
    await ui.signInWithPassword(newcomer);
    const steps = page.getByTestId('getting-started');
    await steps.getByText('Create an ecosystem').waitFor();
    await steps.getByText('Import participants').waitFor();
    await page.getByTestId('organization-name').getByText('Fabrikam Field Marketing').waitFor();
    await page.getByTestId('panel-live').getByText('No live campaign').waitFor();
    await ui.screenshot('03-overview-new-organization');
    await ui.go('/campaigns');
    await page.getByText('No campaigns yet').waitFor();
    await page.getByText('Create a campaign: pick an interaction').waitFor();
  });

  it('overview counts the seeded organization', async () => {
    await ui.signInWithPassword(environment.seed.admin);
    const { participants } = await api.request<{ participants: { totalCount: number } }>(
      '{ participants(first: 1) { totalCount } }',
    );
    await page.getByTestId('kpi-participants').getByText(count(participants.totalCount), { exact: true }).waitFor();
    const live = page.getByTestId('live-campaigns');
    await live.getByRole('link', { name: environment.seed.loop.campaign.name }).waitFor();
    await live
      .getByRole('cell', { name: count(environment.seed.loop.campaign.metrics!.invited), exact: true })
      .waitFor();
    await ui.screenshot('04-overview');
  });

  it('matrix heat map opens a cell', async () => {
    await ui.go('/matrix');
    const cell = page.getByTestId('matrix-cell-EVENT-EVENT_ATTENDEES');
    await cell.waitFor();
    assert.match((await cell.getAttribute('aria-label')) ?? '', /^Event × Event attendees: \d+ campaigns/);
    await ui.screenshot('05-matrix');
    await cell.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('link', { name: environment.seed.loop.campaign.name }).waitFor();
    await dialog.getByRole('link', { name: 'Summit follow-up: share the recordings' }).waitFor();
    await ui.screenshot('06-matrix-cell');
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('campaign dashboard shows its funnel and cost', async () => {
    const { loop } = environment.seed;
    const metrics = loop.campaign.metrics!;
    await ui.go(`/campaigns/${loop.campaignId}/show/dashboard`);
    await page.getByTestId('kpi-invited').getByText(count(metrics.invited), { exact: true }).waitFor();
    await page.getByTestId('kpi-registrations').getByText(count(metrics.registrations), { exact: true }).waitFor();
    await page
      .getByTestId('cost-per-registration')
      .getByText(usd(metrics.costPerRegistration!), { exact: true })
      .waitFor();
    await page.getByTestId('campaign-funnel').locator('svg').first().waitFor();
    await page.getByTestId('network-chart').locator('svg').first().waitFor();
    const gauge = await page.getByTestId('activation-gauge').textContent();
    assert.match(gauge ?? '', /against a target of 20%/);
    await ui.screenshot('07-campaign-dashboard');
    // The table behind the funnel lists the same figures as the API.
    await page.getByTestId('panel-funnel').getByRole('button', { name: 'Show as table' }).click();
    await page
      .getByTestId('panel-funnel')
      .getByRole('cell', { name: count(metrics.shares), exact: true })
      .waitFor();
  });

  it('dates follow the organization time zone', async () => {
    const { loop } = environment.seed;
    const { campaign } = await api.request<{ campaign: { launchedAt: string } }>(
      'query($id: ID!) { campaign(id: $id) { launchedAt } }',
      {
        id: loop.campaignId,
      },
    );
    // The browser runs in Asia/Tokyo; the organization is in America/New_York.
    const expected = new Intl.DateTimeFormat('en', {
      timeZone: 'America/New_York',
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    }).format(new Date(campaign.launchedAt));
    await ui.go(`/campaigns/${loop.campaignId}/show`);
    await page.getByText(expected, { exact: true }).waitFor();
    // An admin gets the actions that the viewer test expects to be absent.
    await page.getByRole('button', { name: 'End' }).waitFor();
    await page.getByRole('link', { name: 'Edit' }).waitFor();
  });

  it('leaderboards rank advocates with badges', async () => {
    const { loop } = environment.seed;
    await ui.go('/leaderboards');
    const top = loop.campaign.leaderboard[0]!;
    const { leaderboard } = await api.request<{
      leaderboard: { participant: { firstName: string; lastName: string } }[];
    }>('{ leaderboard(first: 1) { participant { firstName lastName } } }');
    const first = leaderboard[0]!.participant;
    const table = page.getByTestId('leaderboard-table');
    await table
      .getByRole('row')
      .nth(1)
      .getByRole('link', { name: `${first.firstName} ${first.lastName}` })
      .waitFor();
    await table.getByText('First share').first().waitFor();
    await page.getByTestId('top-advocates').waitFor();
    await ui.screenshot('08-leaderboards');
    await page.getByRole('tab', { name: 'Campaign' }).click();
    await ui.pick('leaderboard-campaign', loop.campaign.name);
    await table
      .getByRole('row')
      .nth(1)
      .getByRole('link', { name: `${top.participant.firstName} ${top.participant.lastName}` })
      .waitFor();
    await ui.choose('Period', 'Month');
    await page.getByTestId('period-range').waitFor();
  });

  it('forecast compares with actual', async () => {
    await ui.go(`/campaigns/${environment.seed.loop.campaignId}/show/forecast`);
    const rows = page.getByTestId('forecast-versus-actual').getByRole('img');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 5);
    assert.match(
      (await rows.first().getAttribute('aria-label')) ?? '',
      /^Activations: expected [\d.,]+, between [\d.,]+ and [\d.,]+; actual [\d.,]+\.$/,
    );
    await ui.screenshot('09-forecast-versus-actual');
  });

  it('targeting lists whom to invite', async () => {
    await ui.go(`/campaigns/${environment.seed.plannedCampaignId}/show/forecast`);
    const targeting = page.getByTestId('targeting-panel');
    await targeting.getByRole('row').nth(1).waitFor();
    await page.getByTestId('forecast-intervals').waitFor();
    await targeting.getByText(/members may be invited/).waitFor();
    await ui.screenshot('10-targeting-and-forecast');
  });

  it('compounding shows pool, flow and maturity', async () => {
    const { compounding, maturityLevel } = await api.request<{
      compounding: { campaigns: { leads: number }[] };
      maturityLevel: { level: number; name: string };
    }>('{ compounding { campaigns { leads } } maturityLevel { level name } }');
    const generated = compounding.campaigns.reduce((sum, entry) => sum + entry.leads, 0);
    await ui.go('/compounding');
    await page.getByTestId('kpi-generated').getByText(count(generated), { exact: true }).waitFor();
    await page.getByTestId('advocate-pool-chart').locator('svg').first().waitFor();
    await page.getByTestId('generated-per-campaign-chart').locator('svg').first().waitFor();
    await page.getByTestId('campaign-flow-chart').locator('svg').first().waitFor();
    await page.getByTestId('maturity-level').getByText(`Level ${maturityLevel.level}: ${maturityLevel.name}`).waitFor();
    await ui.screenshot('11-compounding');
  });

  it('participant page shows score components', async () => {
    const top = environment.seed.loop.campaign.leaderboard[0]!;
    await ui.go(`/participants/${top.participant.id}/show/score`);
    await page.getByTestId('score-components-chart').locator('svg').first().waitFor();
    await page.getByRole('cell', { name: 'Activity', exact: true }).waitFor();
    await ui.screenshot('12-participant-score');
  });

  it('participant page downloads the data export', async () => {
    const top = environment.seed.loop.campaign.leaderboard[0]!;
    await ui.go(`/participants/${top.participant.id}/show`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-participant-data').click()]);
    assert.match(download.suggestedFilename(), new RegExp(`^participant-${top.participant.id}-.+\\.json$`));
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      participantId: string;
      formatVersion: number;
      profile: { email: string };
      tracking: { shares: unknown[] };
      scoring: { score: unknown };
    };
    assert.equal(exported.participantId, top.participant.id);
    assert.equal(exported.formatVersion, 1);
    assert.equal(exported.profile.email, top.participant.email);
    assert.ok(exported.tracking.shares.length > 0);
    assert.notEqual(exported.scoring.score, null);
    await page.getByText('Data export downloaded').waitFor();
  });

  it('guided flow creates and launches a campaign', async () => {
    const name = `Partner webinar ${Date.now().toString(36)}`;
    await ui.go('/campaigns');
    await page.getByRole('link', { name: 'Create' }).click();
    await ui.choose('Interaction', 'Northwind Virtual Summit 2026');
    await ui.choose('Ecosystem', 'Prospects from advocacy');
    await ui.choose('Outcome', 'Lead generation');
    await page
      .getByTestId('matrix-cell-summary')
      .getByText(/Event × Buyers and prospects, for Lead generation/)
      .waitFor();
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await page.getByRole('spinbutton', { name: 'Cost' }).fill('1500');
    await page.getByRole('spinbutton', { name: 'Activation target (%)' }).fill('25');
    await page
      .getByRole('textbox', { name: 'Destination URL' })
      .fill('https://events.example.com/webinar?utm_campaign=partners');
    await page.getByRole('textbox', { name: 'Allowed hosts' }).fill('www.example.com\nevents.example.com');
    await page.getByRole('button', { name: 'Next' }).click();

    await page
      .getByTestId('template-LINKEDIN-0')
      .fill('I am joining {interactionName} with {company}. Come along: {link}');
    const x = page.getByTestId('template-X-0');
    await x.fill(`${'Long post '.repeat(27)}{link}`);
    await page.getByTestId('count-X-0').getByText('293 / 280 characters').waitFor();
    await ui.screenshot('13-wizard-share-kit-too-long');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('alert').getByText('A post is longer than its network allows.').waitFor();
    await x.fill('Join me at {interactionName}: {link} #Northwind');
    // The interaction's name fills in, and the link counts as 23.
    const length = 'Join me at Northwind Virtual Summit 2026: '.length + 23 + ' #Northwind'.length;
    await page.getByTestId('count-X-0').getByText(`${length} / 280 characters`).waitFor();
    await page.getByRole('alert').getByText('A post is longer than its network allows.').waitFor({ state: 'detached' });
    await ui.screenshot('14-wizard-share-kit');
    await page.getByRole('button', { name: 'Next' }).click();

    const review = page.getByTestId('campaign-review');
    await review.getByRole('cell', { name: name, exact: true }).waitFor();
    await review.getByRole('cell', { name: '$1,500.00', exact: true }).waitFor();
    await review.getByRole('cell', { name: 'www.example.com', exact: true }).waitFor();
    await ui.screenshot('15-wizard-review');
    await page.getByRole('button', { name: 'Launch now' }).click();
    await page.getByTestId('campaign-dashboard').waitFor();
    await page.getByText('Campaign created and launched').waitFor();

    const { campaigns } = await api.request<{
      campaigns: {
        nodes: {
          status: string;
          activationTarget: number;
          allowedHosts: string[];
          shareKit: { network: string; template: string }[];
        }[];
      };
    }>(
      'query($search: String) { campaigns(first: 5, search: $search) { nodes { status activationTarget allowedHosts shareKit { network template } } } }',
      {
        search: name,
      },
    );
    const created = campaigns.nodes[0]!;
    assert.equal(created.status, 'LIVE');
    assert.equal(created.activationTarget, 0.25);
    // The destination's own host is always allowed, so the API stores only the others.
    assert.deepEqual(created.allowedHosts, ['www.example.com']);
    assert.deepEqual(created.shareKit.map((entry) => entry.network).sort(), ['LINKEDIN', 'X']);
  });

  it('import wizard maps, imports and rejects rows', async () => {
    const file = join(downloads, 'webinar-signups.csv');
    // Addresses new to the organization, so that their rows create participants.
    const stamp = Date.now().toString(36);
    const rows = [
      'Work Email;Full Name;Organisation',
      `lena.fischer+${stamp}@contoso.example;Lena Fischer;Contoso`,
      'not-an-address;Bad Row;Nowhere',
      `omar.haddad+${stamp}@fabrikam.example;Omar Haddad;Fabrikam`,
      ';Empty Email;Nowhere',
      `grace.okafor+${stamp}@litware.example;Grace Okafor;Litware`,
    ];
    await import('node:fs/promises').then((fs) => fs.writeFile(file, `${rows.join('\n')}\n`));
    await ui.go('/imports/create');
    await page.getByTestId('import-file-input').setInputFiles(file);
    await page.getByText('webinar-signups.csv').waitFor();
    await ui.pick('import-ecosystem', 'Prospects from advocacy');
    await page.getByRole('button', { name: 'Next' }).click();

    const preview = page.getByTestId('import-preview');
    await preview.getByRole('cell', { name: `lena.fischer+${stamp}@contoso.example` }).waitFor();
    await page.getByTestId('mapping-needs-email').waitFor();
    await ui.chooseIn('mapping-EMAIL', 'Work Email');
    await ui.chooseIn('mapping-FULL_NAME', 'Full Name');
    await ui.chooseIn('mapping-COMPANY', 'Organisation');
    await preview.getByText('E-mail', { exact: true }).waitFor();
    await ui.screenshot('16-import-mapping');
    await page.getByTestId('start-import').click();

    const result = page.getByTestId('import-result');
    await result.waitFor({ timeout: 60_000 });
    await page.getByTestId('import-created').getByText('3', { exact: true }).waitFor();
    await page.getByTestId('import-rejected').getByText('2', { exact: true }).waitFor();
    const rejected = page.getByTestId('rejected-rows');
    assert.equal(await rejected.getByRole('row').count(), 3);
    await ui.screenshot('17-import-results');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-rejected').click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    const lines = text.trim().split(/\r?\n/);
    assert.equal(lines[0], 'Work Email;Full Name;Organisation;Reason');
    assert.ok(lines[1]!.startsWith('not-an-address;Bad Row;Nowhere;'), lines[1]);
    assert.ok(lines[2]!.startsWith(';Empty Email;Nowhere;'), lines[2]);
  });

  it('viewer sees no write actions', async () => {
    await ui.signInWithPassword(environment.seed.viewer);
    await page.getByTestId('overview-dashboard').waitFor();
    await ui.go('/campaigns');
    await page.getByRole('cell', { name: environment.seed.loop.campaign.name }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Create' }).count(), 0);
    await ui.go(`/campaigns/${environment.seed.loop.campaignId}/show`);
    await page.getByRole('tab', { name: 'Dashboard' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'End' }).count(), 0);
    assert.equal(await page.getByRole('link', { name: 'Edit' }).count(), 0);
    await page.getByRole('menuitem', { name: 'Campaigns' }).waitFor();
    assert.equal(await page.getByRole('menuitem', { name: 'API keys' }).count(), 0);
    await ui.screenshot('18-viewer-campaign');
    await ui.go(`/participants/${environment.seed.loop.campaign.leaderboard[0]!.participant.id}/show`);
    await page.getByRole('tab', { name: 'Profile' }).waitFor();
    assert.equal(await page.getByTestId('export-participant-data').count(), 0);
  });

  it('API key signs in as admin', async () => {
    await ui.signInWithApiKey(environment.seed.loop.apiKey);
    await page.getByTestId('overview-dashboard').waitFor();
    await page.getByRole('menuitem', { name: 'API keys' }).click();
    await page.getByRole('columnheader', { name: 'Scopes' }).waitFor();
    assert.deepEqual(pageErrors, []);
  });
});
