/**
 * Starts and stops the local stack: PostgreSQL and Kafka through the infra
 * scripts (reused when already running), then the three subgraphs and the
 * gateway as child processes with their logs under .logs/. Used by the demo,
 * the end-to-end tests and `npm run stack`.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const LOG_DIR = resolve(ROOT, process.env.ALG_LOG_DIR ?? '.logs');

export interface StackOptions {
  /** Database name; every service uses its own schema in it. */
  database: string;
  /** Added to every port, so a test stack can run beside a demo stack. */
  portOffset?: number;
  /** Extra environment for every process. */
  env?: Record<string, string>;
  log?: (line: string) => void;
}

export interface StackUrls {
  gateway: string;
  publicTracking: string;
  campaigns: string;
  tracking: string;
  scoring: string;
}

export interface Stack {
  urls: StackUrls;
  operatorToken: string;
  stop(): Promise<void>;
}

interface ServiceSpec {
  name: string;
  entry: string;
  healthUrl: string;
  env: Record<string, string>;
}

async function waitFor(url: string, name: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`${name} exited with code ${child.exitCode} during start-up; see ${LOG_DIR}/${name}.log`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} timed out: ${url} returned no success within ${timeoutMs / 1000} s; see ${LOG_DIR}/${name}.log`);
}

function startProcess(spec: ServiceSpec): ChildProcess {
  mkdirSync(LOG_DIR, { recursive: true });
  const log = createWriteStream(resolve(LOG_DIR, `${spec.name}.log`), { flags: 'a' });
  const child = spawn(process.execPath, ['--enable-source-maps', spec.entry], {
    cwd: ROOT,
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);

  return child;
}

async function stopProcess(child: ChildProcess, timeoutMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

/** Runs `infra/bin/kafka start`; returns whether this call started the broker. */
async function ensureInfrastructure(database: string, log: (line: string) => void): Promise<boolean> {
  await run('bash', [resolve(ROOT, 'infra/bin/postgres'), 'ensure', database], { cwd: ROOT });
  const { stdout } = await run('bash', [resolve(ROOT, 'infra/bin/kafka'), 'start'], { cwd: ROOT, timeout: 180_000 });
  const started = stdout.trim() === 'started';
  log(started ? 'started Kafka on 127.0.0.1:9092' : 'reusing the Kafka broker on 127.0.0.1:9092');

  return started;
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const log = options.log ?? ((line: string) => console.error(line));
  const offset = options.portOffset ?? 0;
  const ports = {
    gateway: 4000 + offset,
    campaigns: 4001 + offset,
    tracking: 4002 + offset,
    scoring: 4003 + offset,
    publicTracking: 4080 + offset,
  };
  const urls: StackUrls = {
    gateway: `http://127.0.0.1:${ports.gateway}/graphql`,
    campaigns: `http://127.0.0.1:${ports.campaigns}/graphql`,
    tracking: `http://127.0.0.1:${ports.tracking}/graphql`,
    scoring: `http://127.0.0.1:${ports.scoring}/graphql`,
    publicTracking: `http://127.0.0.1:${ports.publicTracking}`,
  };
  const operatorToken = options.env?.PLATFORM_OPERATOR_TOKEN ?? 'development-operator-token';
  const startedKafka = await ensureInfrastructure(options.database, log);
  const common = {
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${options.database}`,
    TRACKING_PUBLIC_URL: urls.publicTracking,
    CAMPAIGNS_PUBLIC_URL: `http://127.0.0.1:${ports.campaigns}`,
    PLATFORM_OPERATOR_TOKEN: operatorToken,
    // Stacks that share the broker keep their own topics and consumer offsets.
    KAFKA_GROUP_PREFIX: `alg-${options.database}`,
    KAFKA_TOPIC_PREFIX: options.database === 'alg' ? '' : `${options.database}.`,
    ...options.env,
  };
  const specs: ServiceSpec[] = [
    {
      name: 'campaigns',
      entry: 'services/campaigns/dist/main.js',
      healthUrl: `http://127.0.0.1:${ports.campaigns}/healthz`,
      env: { ...common, CAMPAIGNS_PORT: String(ports.campaigns) },
    },
    {
      name: 'tracking',
      entry: 'services/tracking/dist/main.js',
      healthUrl: `http://127.0.0.1:${ports.tracking}/healthz`,
      env: { ...common, TRACKING_PORT: String(ports.tracking), TRACKING_PUBLIC_PORT: String(ports.publicTracking) },
    },
    {
      name: 'scoring',
      entry: 'services/scoring/dist/main.js',
      healthUrl: `http://127.0.0.1:${ports.scoring}/healthz`,
      env: { ...common, SCORING_PORT: String(ports.scoring) },
    },
  ];

  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(children.reverse().map((child) => stopProcess(child)));
    if (startedKafka) {
      await run('bash', [resolve(ROOT, 'infra/bin/kafka'), 'stop'], { cwd: ROOT });
      log('stopped Kafka');
    }
  };

  try {
    // The services migrate their own schemas at start; starting them one after
    // another keeps the two cores free for each start-up.
    for (const spec of specs) {
      const child = startProcess(spec);
      children.push(child);
      await waitFor(spec.healthUrl, spec.name, child, 60_000);
      log(`${spec.name} is up`);
    }
    const gateway = startProcess({
      name: 'gateway',
      entry: 'gateway/dist/main.js',
      healthUrl: `http://127.0.0.1:${ports.gateway}/healthz`,
      env: {
        ...common,
        GATEWAY_PORT: String(ports.gateway),
        CAMPAIGNS_URL: urls.campaigns,
        TRACKING_URL: urls.tracking,
        SCORING_URL: urls.scoring,
      },
    });
    children.push(gateway);
    await waitFor(`http://127.0.0.1:${ports.gateway}/healthz`, 'gateway', gateway, 60_000);
    log(`gateway is up at ${urls.gateway}`);
  } catch (err) {
    await stop();
    throw err;
  }

  return { urls, operatorToken, stop };
}
