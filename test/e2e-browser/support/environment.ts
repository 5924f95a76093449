// What the browser tests run against: a stack and console started for the
// run, or those of a running dev-stack.ts when ALG_BROWSER_STACK names the
// file it printed.

import { readFileSync } from 'node:fs';
import { startStack, type StackUrls } from '../../../scripts/lib/stack.ts';
import { ensureConsoleBuild, startConsoleServer } from './console-server.ts';
import { freePort } from './ports.ts';
import { seed, type Seed } from './seed.ts';
import { STACK_OPTIONS } from './stack-options.ts';

export interface Environment {
  origin: string;
  urls: StackUrls;
  operatorToken: string;
  seed: Seed;
  stop(): Promise<void>;
}

export async function prepareEnvironment(log: (line: string) => void): Promise<Environment> {
  const reuse = process.env.ALG_BROWSER_STACK;
  if (reuse) {
    const running = JSON.parse(readFileSync(reuse, 'utf8')) as Omit<Environment, 'stop'> & { console: string };
    return { ...running, origin: running.console, stop: async () => undefined };
  }
  await ensureConsoleBuild(log);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const stack = await startStack({ ...STACK_OPTIONS, env: { ...STACK_OPTIONS.env, CORS_ORIGINS: origin } });
  try {
    log(`stack is up at ${stack.urls.gateway}`);
    const data = await seed(stack, log);
    const server = await startConsoleServer(port, stack.urls.gateway.replace(/\/graphql$/, ''));
    return {
      origin: server.origin,
      urls: stack.urls,
      operatorToken: stack.operatorToken,
      seed: data,
      async stop() {
        await server.stop();
        await stack.stop();
      },
    };
  } catch (error) {
    await stack.stop();
    throw error;
  }
}
