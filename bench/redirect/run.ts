/**
 * Redirect benchmark: the tracking redirect with click recording on (the
 * built service, its Kafka click queue and click-intake consumer, on
 * PostgreSQL) against a bare node:http server sending the same 302, in
 * one run on loopback. It prints requests per second and latency of both,
 * the redirect's latency at a fixed 2,000 requests per second, checks that
 * every redirect response is a click in the database, and ends with the
 * throughput ratio on a line of its own (`ratio 0.74`).
 *
 * Bare and redirect alternate in short slices, so both meet the same
 * background load on a shared machine; after each redirect slice the run
 * waits until its clicks are stored, and the intake's CPU is counted to
 * the redirect.
 *
 * Usage: npm run bench:redirect [-- --seconds 5 --slices 4 --connections 32 --rate 2000 --single --equal-priority --profile DIR]
 * Needs the built workspace (npm run build). Bounded: 86 s of load with
 * the defaults, and at most two minutes of waiting for clicks per slice.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createCloudEvent, createLogger, createOrm, KafkaAdapter, randomBase62, Topics, validatePayload } from '@alg/service-kit';
import { closedLoop, fixedRate, type LoadResult, merge } from './load-generator.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DATABASE = 'alg_bench_redirect';
/**
 * The benchmark runs its own broker, so its hundreds of thousands of clicks
 * never reach the topics that development stacks and tests consume.
 */
const KAFKA = {
  brokers: '127.0.0.1:9192',
  env: {
    ALG_CACHE_DIR: resolve(ROOT, '.cache/bench-redirect'),
    KAFKA_BROKERS: '127.0.0.1:9192',
    ALG_LOG_DIR: resolve(ROOT, '.logs/bench-redirect'),
  },
};
const PORTS = { subgraph: 4702, tracking: 4780, bare: 4781 };
const ORIGINS = { tracking: `http://127.0.0.1:${PORTS.tracking}`, bare: `http://127.0.0.1:${PORTS.bare}` };
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const TARGET = { ratio: 0.7, p99Ms: 10 };

const { values: flags } = parseArgs({
  options: {
    /** Seconds of each measured slice. */
    seconds: { type: 'string', default: '5' },
    /** Alternating slices per server and phase. */
    slices: { type: 'string', default: '4' },
    connections: { type: 'string', default: '32' },
    rate: { type: 'string', default: '2000' },
    /** Writes V8 CPU profiles of the tracking processes into this directory. */
    profile: { type: 'string' },
    /** Runs tracking as one instance with every role instead of a public instance and a worker. */
    single: { type: 'boolean', default: false },
    /** Runs the worker at the public instance's CPU priority instead of nice 10. */
    'equal-priority': { type: 'boolean', default: false },
  },
});
const SECONDS = Number(flags.seconds);
/**
 * The worker stores clicks from Kafka at a lower CPU priority, as a
 * deployment that shares cores between the two would run it: redirects
 * come first, and the intake catches up from the topic. The wait after
 * each slice still requires every click in the database.
 */
const WORKER_NICENESS = flags['equal-priority'] ? 0 : 10;
const SLICES = Number(flags.slices);
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
const CONNECTIONS = Number(flags.connections);
const RATE = Number(flags.rate);

const logger = createLogger('bench', 'silent');
const children: ChildProcess[] = [];
const processNames = new Map<ChildProcess, string>();
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function infra(script: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('bash', [resolve(ROOT, 'infra/bin', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, ...env },
  }).trim();
}

/** Lets the benchmark broker use the Kafka jars the development broker already installed, instead of downloading them again. */
function shareKafkaJars(): void {
  const installed = resolve(ROOT, '.cache/kafka');
  const own = resolve(KAFKA.env.ALG_CACHE_DIR, 'kafka');
  if (!existsSync(installed)) return;
  mkdirSync(own, { recursive: true });
  for (const entry of readdirSync(installed)) {
    if (/^(libs|admin)-/.test(entry) && !existsSync(resolve(own, entry))) symlinkSync(resolve(installed, entry), resolve(own, entry));
  }
}

/** Starts a Node process; a niceness above 0 runs it through nice(1), which keeps the pid. */
function start(name: string, args: string[], env: Record<string, string>, niceness = 0): ChildProcess {
  mkdirSync(resolve(ROOT, '.logs'), { recursive: true });
  const log = createWriteStream(resolve(ROOT, '.logs', `bench-${name}.log`), { flags: 'a' });
  const command = niceness > 0 ? 'nice' : process.execPath;
  const commandArgs = niceness > 0 ? ['-n', String(niceness), process.execPath, ...args] : args;
  const child = spawn(command, commandArgs, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  children.push(child);
  processNames.set(child, name);

  return child;
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Starts the built tracking service. By default it runs as two instances,
 * as a deployment that scales redirects apart from storage would: the
 * public instance answers redirects and queues the clicks to Kafka, the
 * worker consumes them into PostgreSQL. Both run during every phase. With
 * --single, one instance runs everything, as `npm run stack` does.
 */
async function startTracking(): Promise<void> {
  const profiling = flags.profile ? ['--cpu-prof', `--cpu-prof-dir=${resolve(flags.profile)}`] : [];
  const common = {
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${DATABASE}`,
    KAFKA_BROKERS: KAFKA.brokers,
    KAFKA_GROUP_PREFIX: `alg-${DATABASE}`,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    // Production mode rejects the development secrets; this bench calls no route that checks them.
    INTERNAL_TOKEN_SECRET: crypto.randomUUID(),
    TRACKING_SECRETS_KEY: crypto.randomUUID(),
    TRACKING_PORT: String(PORTS.subgraph),
    TRACKING_PUBLIC_PORT: String(PORTS.tracking),
    TRACKING_PUBLIC_URL: ORIGINS.tracking,
    // One client address sends every request here, so the limit is set above the load;
    // the limiter still counts each request.
    RATE_LIMIT_REDIRECTS_PER_IP: '100000000',
  };
  const instances = flags.single
    ? [{ name: 'tracking', roles: 'public,subgraph,consumers', health: `${ORIGINS.tracking}/healthz` }]
    : [
        { name: 'tracking-worker', roles: 'subgraph,consumers', health: `http://127.0.0.1:${PORTS.subgraph}/healthz`, niceness: WORKER_NICENESS },
        { name: 'tracking-public', roles: 'public', health: `${ORIGINS.tracking}/healthz` },
      ];
  for (const instance of instances) {
    const niceness = 'niceness' in instance ? instance.niceness : 0;
    const child = start(instance.name, [...profiling, '--enable-source-maps', 'services/tracking/dist/main.js'], { ...common, TRACKING_ROLES: instance.roles }, niceness);
    await waitFor(instance.name, async () => {
      if (child.exitCode !== null) throw new Error(`${instance.name} exited with ${child.exitCode}; see .logs/bench-${instance.name}.log`);
      return (await fetch(instance.health)).ok;
    }, 90_000);
  }
}

/** Publishes a campaign and one invitation with one link, as campaigns would, and waits until it redirects. */
async function seedLink(): Promise<{ code: string; headers: Record<string, string>; responses: number }> {
  const kafka = new KafkaAdapter({ clientId: 'bench-redirect', brokers: [KAFKA.brokers], logger });
  const producer = await kafka.createProducer();
  const organizationId = crypto.randomUUID();
  const campaignId = crypto.randomUUID();
  const participantId = crypto.randomUUID();
  const code = randomBase62(10);
  const event = (type: 'campaign.created' | 'invitation.created', data: unknown) => ({
    key: participantId,
    value: JSON.stringify(createCloudEvent({ source: '/alg/campaigns', type, organizationId, data: validatePayload(type, data) })),
  });
  await producer.send(Topics.campaignsEvents, [
    event('campaign.created', {
      campaignId, name: 'Redirect benchmark', status: 'live', ecosystemId: crypto.randomUUID(), ecosystemKind: 'event_attendees',
      interactionId: crypto.randomUUID(), interactionKind: 'event', outcome: 'event_registration', costMinor: 0, currency: 'USD',
      activationTarget: 0.2, destinationUrl: 'https://events.example.com/summit-2027/register?src=advocacy&lang=en#form',
      allowedHosts: [], fallbackUrl: null, attributionWindowDays: 30, timeZone: 'UTC', registrantEcosystemId: null,
    }),
    event('invitation.created', {
      invitationId: crypto.randomUUID(), campaignId, participantId, emailHash: 'a'.repeat(64),
      links: [{ network: 'linkedin', code, networkSize: 1200 }], invitedAt: new Date().toISOString(),
    }),
  ]);
  await producer.disconnect();
  let sample: Response | undefined;
  await waitFor('the link to redirect', async () => {
    sample = await fetch(`${ORIGINS.tracking}/r/${code}`, { redirect: 'manual', headers: { 'user-agent': BROWSER } });
    return sample.status === 302;
  }, 60_000);
  const headers: Record<string, string> = {};
  sample!.headers.forEach((value, name) => {
    if (!['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'].includes(name)) headers[name] = value;
  });

  // The one 302 of the wait above is a click too.
  return { code, headers, responses: 1 };
}

async function startBare(headers: Record<string, string>): Promise<void> {
  const child = start('bare', ['bench/redirect/bare-server.ts', String(PORTS.bare)], { BARE_HEADERS: JSON.stringify(headers) });
  await waitFor('the bare server', async () => {
    if (child.exitCode !== null) throw new Error(`bare server exited with ${child.exitCode}`);
    return (await fetch(`${ORIGINS.bare}/`, { redirect: 'manual' })).status === 302;
  }, 30_000);
}

/** Empties the tables earlier runs filled, so every run writes into the same small tables. */
async function forgetEarlierRuns(): Promise<void> {
  const em = orm.em.fork();
  await em.execute(`truncate click`);
  await em.execute(`delete from outbox_message where published_at is not null`);
}

const orm = createOrm({ databaseUrl: `postgres://postgres@127.0.0.1:5432/${DATABASE}`, schema: 'tracking', entities: [], migrations: [], logger });

async function storedClicks(code: string): Promise<number> {
  const rows = await orm.em.fork().execute<{ count: string }[]>(`select count(*) as count from click where link_code = ?`, [code]);

  return Number(rows[0]!.count);
}

const fmt = (value: number, digits = 2) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function line(result: LoadResult, cpuSecondsPerRequest: number): string {
  const statuses = Object.entries(result.statuses).map(([status, total]) => `${status}×${total}`).join(' ');
  const errors = result.errors ? ` errors×${result.errors}` : '';

  return `${result.label.padEnd(28)} ${fmt(result.requestsPerSecond, 0).padStart(8)} req/s  p50 ${fmt(result.p50, 3)} ms  p90 ${fmt(result.p90, 3)} ms  p99 ${fmt(result.p99, 3)} ms  max ${fmt(result.max, 1)} ms  server CPU ${fmt(cpuSecondsPerRequest * 1e6, 1)} µs/request  (${statuses}${errors})`;
}

/** CPU seconds (user and system) the processes used so far, from /proc. */
function cpuSeconds(processes: ChildProcess[]): number {
  return processes.reduce((sum, child) => (child.pid ? sum + processCpuSeconds(child.pid) : sum), 0);
}

/** CPU seconds (user and system) one process used so far, from /proc; 0 once it has exited. */
function processCpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/** CPU seconds so far of each PostgreSQL backend connected to the benchmark's database, by pid. */
function postgresCpuSeconds(): Map<number, number> {
  const backends = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (!readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(` ${DATABASE} `)) continue;
    } catch {
      continue;
    }
    backends.set(Number(entry), processCpuSeconds(Number(entry)));
  }

  return backends;
}

function kafkaCpuSeconds(): number {
  const pidFile = resolve(KAFKA.env.ALG_CACHE_DIR, 'kafka/kafka.pid');

  return existsSync(pidFile) ? processCpuSeconds(Number(readFileSync(pidFile, 'utf8').trim())) : 0;
}

/**
 * CPU seconds the benchmark's Kafka broker and the PostgreSQL backends of
 * its database used since `before`. A backend that exits in between drops
 * out, so the PostgreSQL figure is a lower bound.
 */
function storageCpuSince(before: { postgres: Map<number, number>; kafka: number }): { postgres: number; kafka: number } {
  let postgres = 0;
  for (const [pid, seconds] of postgresCpuSeconds()) postgres += seconds - (before.postgres.get(pid) ?? 0);

  return { postgres, kafka: kafkaCpuSeconds() - before.kafka };
}

/** CPU seconds the whole machine spent busy so far (every process, the load generator, PostgreSQL and Kafka included), from /proc/stat. */
function machineBusySeconds(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal; guest time is already inside user.
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;

  return (user + nice + system + irq + softirq + steal) / CLOCK_TICKS;
}

async function main(): Promise<number> {
  if (!existsSync(resolve(ROOT, 'services/tracking/dist/main.js'))) {
    console.error('services/tracking/dist is missing; run npm run build first.');
    return 1;
  }
  infra('postgres', ['ensure', DATABASE]);
  shareKafkaJars();
  const startedKafka = infra('kafka', ['start'], KAFKA.env) === 'started';
  try {
    await startTracking();
    await forgetEarlierRuns();
    const seed = await seedLink();
    const { code, headers } = seed;
    await startBare(headers);
    const redirectPath = `/r/${code}`;
    const request = { headers: { 'user-agent': BROWSER } };
    const servers = {
      bare: { origin: ORIGINS.bare, path: '/', processes: children.filter((child) => processNames.get(child) === 'bare') },
      redirect: { origin: ORIGINS.tracking, path: redirectPath, processes: children.filter((child) => processNames.get(child)?.startsWith('tracking')) },
    };
    const cpu = { bare: 0, redirect: 0 };
    const machine = { bare: 0, redirect: 0 };
    const storage = { postgres: 0, kafka: 0 };
    const publicProcesses = children.filter((child) => ['tracking', 'tracking-public'].includes(processNames.get(child) ?? ''));
    let publicCpu = 0;
    let answered = seed.responses;
    let stored = 0;
    // Waits until every click answered so far is stored. Between slices this keeps the
    // intake of one redirect slice out of the next bare slice, so its cost stays with
    // the redirect; the wait itself is not measured.
    const drained = async () => {
      const waitStarted = Date.now();
      await waitFor('every click in the database', async () => (stored = await storedClicks(code)) >= answered, 120_000).catch(() => undefined);
      return (Date.now() - waitStarted) / 1000;
    };
    const slice = async (server: 'bare' | 'redirect', load: (origin: string, path: string) => Promise<LoadResult>) => {
      const before = cpuSeconds(servers[server].processes);
      const publicBefore = cpuSeconds(publicProcesses);
      const machineBefore = machineBusySeconds();
      const storageBefore = { postgres: postgresCpuSeconds(), kafka: kafkaCpuSeconds() };
      const result = await load(servers[server].origin, servers[server].path);
      machine[server] += machineBusySeconds() - machineBefore;
      if (server === 'redirect') publicCpu += cpuSeconds(publicProcesses) - publicBefore;
      if (server === 'redirect') answered += result.statuses[302] ?? 0;
      const lag = server === 'redirect' ? await drained() : 0;
      // The intake's work after the slice belongs to these redirects too.
      cpu[server] += cpuSeconds(servers[server].processes) - before;
      if (server === 'redirect') {
        const used = storageCpuSince(storageBefore);
        storage.postgres += used.postgres;
        storage.kafka += used.kafka;
      }
      return { result, lag };
    };

    console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${fmt(totalmem() / 2 ** 30, 1)} GiB, Linux ${release()}, Node ${process.version}, load average ${loadavg().map((value) => value.toFixed(1)).join(' ')}`);
    console.log(`tracking: ${flags.single ? 'one instance with every role' : `a public instance (redirects, click queue) and a worker (click intake, subgraph) at nice ${WORKER_NICENESS}`}`);
    console.log(`load: ${CONNECTIONS} keep-alive connections; ${SLICES} alternating slices of ${SECONDS} s per server at ${RATE} req/s, then ${SLICES} at full speed`);
    await slice('bare', (origin, path) => closedLoop('warm-up', origin, path, { connections: CONNECTIONS, seconds: 3, ...request }));
    await slice('redirect', (origin, path) => closedLoop('warm-up', origin, path, { connections: CONNECTIONS, seconds: 3, ...request }));

    const phase = async (name: string, load: (origin: string, path: string) => Promise<LoadResult>) => {
      const runs = { bare: [] as LoadResult[], redirect: [] as LoadResult[] };
      let lag = 0;
      const cpuBefore = { ...cpu };
      const machineBefore = { ...machine };
      const storageAtStart = { ...storage };
      const publicCpuBefore = publicCpu;
      for (let index = 0; index < SLICES; index++) {
        runs.bare.push((await slice('bare', load)).result);
        const done = await slice('redirect', load);
        runs.redirect.push(done.result);
        lag = Math.max(lag, done.lag);
      }
      const bare = merge(`bare node:http ${name}`, runs.bare);
      const redirect = merge(`redirect ${name}`, runs.redirect);
      console.log(line(bare, (cpu.bare - cpuBefore.bare) / bare.requests));
      console.log(line(redirect, (cpu.redirect - cpuBefore.redirect) / redirect.requests));
      if (!flags.single) {
        console.log(`${''.padEnd(28)} of which the public instance while answering: ${fmt(((publicCpu - publicCpuBefore) / redirect.requests) * 1e6, 1)} µs/request`);
      }
      const busy = (server: 'bare' | 'redirect', result: LoadResult) =>
        `${fmt(((machine[server] - machineBefore[server]) / (result.seconds * cpus().length)) * 100, 0)}% busy`;
      console.log(`${''.padEnd(28)} machine while serving (every process): bare ${busy('bare', bare)}, redirect ${busy('redirect', redirect)}`);
      const perRedirect = (seconds: number) => `${fmt((seconds / redirect.requests) * 1e6, 1)} µs/request`;
      console.log(`${''.padEnd(28)} storage for the redirect, wait included: PostgreSQL ${perRedirect(storage.postgres - storageAtStart.postgres)}, Kafka ${perRedirect(storage.kafka - storageAtStart.kafka)}`);
      return { bare, redirect, lag };
    };
    const atRate = await phase(`at ${RATE}/s`, (origin, path) =>
      fixedRate('', origin, path, { rate: RATE, seconds: SECONDS, connections: CONNECTIONS, ...request }),
    );
    const full = await phase('full speed', (origin, path) => closedLoop('', origin, path, { connections: CONNECTIONS, seconds: SECONDS, ...request }));
    const ratio = full.redirect.requestsPerSecond / full.bare.requestsPerSecond;

    console.log(`throughput: bare ${fmt(full.bare.requestsPerSecond, 0)} req/s, redirect ${fmt(full.redirect.requestsPerSecond, 0)} req/s`);
    console.log(`at ${RATE} req/s: redirect p50 ${fmt(atRate.redirect.p50, 3)} ms, p99 ${fmt(atRate.redirect.p99, 3)} ms (bare p50 ${fmt(atRate.bare.p50, 3)} ms, p99 ${fmt(atRate.bare.p99, 3)} ms)`);
    console.log(`clicks: ${answered} redirect responses, ${stored} clicks stored; all stored at most ${fmt(atRate.lag, 1)} s after a ${RATE}/s slice and ${fmt(full.lag, 1)} s after a full-speed slice`);
    console.log(`target ratio >= ${TARGET.ratio}: ${ratio >= TARGET.ratio ? 'met' : 'missed'}; p99 < ${TARGET.p99Ms} ms at ${RATE}/s: ${atRate.redirect.p99 < TARGET.p99Ms ? 'met' : 'missed'}`);
    console.log(`ratio ${ratio.toFixed(2)}`);

    return stored === answered ? 0 : 1;
  } finally {
    for (const child of children.reverse()) {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await Promise.race([exited, sleep(15_000)]);
      }
    }
    await orm.close();
    if (startedKafka) infra('kafka', ['stop'], KAFKA.env);
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
