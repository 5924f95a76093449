/**
 * node test/e2e-browser/dev-stack.ts
 * Starts the stack and the console the way the browser tests do, seeds it,
 * prints the accounts, and keeps running until Ctrl-C, for working on the
 * console by hand against real services. Saving what it prints to a file
 * and setting ALG_BROWSER_STACK to that file runs the browser tests
 * against this stack instead of a new one.
 */
import { startStack } from '../../scripts/lib/stack.ts';
import { ensureConsoleBuild, startConsoleServer } from './support/console-server.ts';
import { freePort } from './support/ports.ts';
import { seed } from './support/seed.ts';
import { STACK_OPTIONS } from './support/stack-options.ts';

const log = (line: string) => console.error(`dev-stack: ${line}`);
await ensureConsoleBuild(log);
const port = Number(process.env.CONSOLE_PORT ?? (await freePort()));
const origin = `http://127.0.0.1:${port}`;
const stack = await startStack({ ...STACK_OPTIONS, env: { ...STACK_OPTIONS.env, CORS_ORIGINS: origin }, log });
try {
  const data = await seed(stack, log);
  const server = await startConsoleServer(port, stack.urls.gateway.replace(/\/graphql$/, ''));
  // The same shape that ALG_BROWSER_STACK hands to the browser tests.
  console.log(
    JSON.stringify(
      { console: server.origin, urls: stack.urls, operatorToken: stack.operatorToken, seed: data },
      null,
      2,
    ),
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await server.stop();
} finally {
  await stack.stop();
}
