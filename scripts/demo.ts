/**
 * npm run demo [-- --keep]
 * Builds the services, starts whatever is not running (PostgreSQL, Kafka,
 * the subgraphs and the gateway), runs one advocacy campaign on the example
 * data, and prints its metrics and leaderboard. With --keep the stack and
 * the console stay up until Ctrl-C; otherwise everything this run started
 * is stopped.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { runAdvocacyLoop } from './lib/advocacy-loop.ts';
import { formatReport } from './lib/report.ts';
import { LOG_DIR, ROOT, startStack } from './lib/stack.ts';

const keep = process.argv.includes('--keep');
const log = (line: string) => console.error(`demo: ${line}`);

log('building the services, the gateway and the console');
execFileSync('npx', ['nx', 'run-many', '-t', 'build', '--output-style=static'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

const stack = await startStack({ database: 'alg_demo', env: { TRUST_PROXY: 'true', LOG_LEVEL: 'info' }, log });
let exitCode = 0;
try {
  const result = await runAdvocacyLoop({
    urls: stack.urls,
    operatorToken: stack.operatorToken,
    slug: `northwind-${Date.now().toString(36)}`,
    log,
  });
  console.log(`\n${formatReport(result)}\n`);

  if (keep) {
    const consoleLog = createWriteStream(resolve(LOG_DIR, 'admin.log'), { flags: 'a' });
    const admin = spawn('npm', ['run', 'start', '-w', 'admin'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    admin.stdout.pipe(consoleLog);
    admin.stderr.pipe(consoleLog);
    console.log(`Console:  http://127.0.0.1:5173  (sign in with the API key below)`);
    console.log(`API key:  ${result.apiKey}`);
    console.log(`Gateway:  ${stack.urls.gateway}`);
    console.log(`Links:    ${stack.urls.publicTracking}/r/<code>`);
    console.log(`Logs:     ${LOG_DIR}`);
    console.log('The stack keeps running; press Ctrl-C to stop it.');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
    admin.kill('SIGTERM');
  }
} catch (err) {
  console.error(`demo: failed: ${(err as Error).stack ?? String(err)}`);
  console.error(`demo: service logs are in ${LOG_DIR}`);
  exitCode = 1;
} finally {
  await stack.stop();
}
process.exit(exitCode);
