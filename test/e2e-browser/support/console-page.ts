// Steps a user takes in the console, shared by the browser tests.

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Account } from './seed.ts';

export class ConsolePage {
  readonly page: Page;
  readonly origin: string;
  private readonly artifacts: string;

  constructor(page: Page, origin: string, artifacts: string) {
    this.page = page;
    this.origin = origin;
    this.artifacts = artifacts;
  }

  /** Opens a console route with a fresh load, so that no earlier state carries over. */
  async open(route: string): Promise<void> {
    await this.page.goto('about:blank');
    await this.page.goto(`${this.origin}/#${route}`);
  }

  /** Opens a route inside the running console, as a click on a link would. */
  async go(route: string): Promise<void> {
    await this.page.evaluate((hash) => {
      window.location.hash = hash;
    }, route);
  }

  async signInWithPassword(account: Account, organization?: string): Promise<void> {
    await this.page.evaluate(() => window.localStorage.clear()).catch(() => undefined);
    await this.open('/login');
    await this.page.getByRole('textbox', { name: 'E-mail' }).fill(account.email);
    await this.page.getByRole('textbox', { name: 'Password' }).fill(account.password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    if (organization !== undefined) {
      const choice = this.page.getByRole('combobox', { name: 'Organization' });
      if (await choice.isVisible().catch(() => false)) {
        await choice.click();
        await this.page.getByRole('option', { name: organization }).click();
        await this.page.getByRole('button', { name: 'Sign in' }).click();
      }
    }
  }

  async signInWithApiKey(apiKey: string): Promise<void> {
    await this.page.evaluate(() => window.localStorage.clear()).catch(() => undefined);
    await this.open('/login');
    await this.page.getByRole('tab', { name: 'API key' }).click();
    await this.page.getByRole('textbox', { name: 'API key' }).fill(apiKey);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  /** Picks an option of a select or combobox by their accessible names. */
  async choose(label: string, option: string | RegExp): Promise<void> {
    await this.page.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option }).first().click();
  }

  /** Picks an option of a select found by its test id, for selects whose names overlap. */
  async chooseIn(testId: string, option: string | RegExp): Promise<void> {
    await this.page.getByTestId(testId).click();
    await this.page.getByRole('option', { name: option }).first().click();
  }

  /** Types into a search-as-you-type picker and takes the matching option. */
  async pick(testId: string, text: string): Promise<void> {
    const input = this.page.getByTestId(testId);
    await input.fill(text);
    await this.page.getByRole('option', { name: text }).first().click();
  }

  /** Saves a full-page screenshot of the console, with the pointer out of the way. */
  async screenshot(name: string): Promise<void> {
    await this.page.mouse.move(0, 0);
    // The app bar hides while the page is scrolled, and a focused input
    // shows the skip link. The screenshot shows the page as it opens.
    await this.page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await this.page.waitForTimeout(300);
    await this.page.screenshot({ path: join(this.artifacts, `${name}.png`), fullPage: true, animations: 'disabled' });
  }
}
