import { spawn, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { closedLoop } from './load-generator.ts';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const code = execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', 'alg_bench_redirect', '-Atc', 'select code from tracking.tracked_link limit 1'], { encoding: 'utf8' }).trim();
const TCK = 100;
const cpu = (pid: number) => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' '); return (Number(f[11]) + Number(f[12])) / TCK; };
const prof = process.env.PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/exp'] : [];
const pub = spawn(process.execPath, [...prof, 'services/tracking/dist/main.js'], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/alg_bench_redirect', KAFKA_BROKERS: '127.0.0.1:9092', KAFKA_TOPIC_PREFIX: 'benchexp.', KAFKA_GROUP_PREFIX: 'benchexp', LOG_LEVEL: 'warn', NODE_ENV: 'production', TRACKING_PORT: '4902', TRACKING_PUBLIC_PORT: '4980', TRACKING_PUBLIC_URL: 'http://127.0.0.1:4980', RATE_LIMIT_REDIRECTS_PER_IP: '100000000', TRACKING_ROLES: 'public' } });
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
for (let i = 0; i < 200; i++) { try { const r = await fetch(`http://127.0.0.1:4980/r/${code}`, { redirect: 'manual', headers: { 'user-agent': UA } }); if (r.status === 302) break; } catch {} await sleep(250); }
const headers: Record<string, string> = {};
(await fetch(`http://127.0.0.1:4980/r/${code}`, { redirect: 'manual', headers: { 'user-agent': UA } })).headers.forEach((v, k) => { if (!['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'].includes(k)) headers[k] = v; });
const bare = spawn(process.execPath, ['bench/redirect/bare-server.ts', '4981'], { stdio: 'ignore', env: { ...process.env, BARE_HEADERS: JSON.stringify(headers) } });
await sleep(1500);
for (const round of [0, 1]) for (const [name, pid, origin, path] of [['bare', bare.pid!, 'http://127.0.0.1:4981', '/'], ['public', pub.pid!, 'http://127.0.0.1:4980', `/r/${code}`]] as const) {
  const before = cpu(pid);
  const r = await closedLoop(name, origin, path, { connections: 32, seconds: Number(process.env.SECS ?? 5), headers: { 'user-agent': UA } });
  const used = cpu(pid) - before;
  console.log(round, name, Math.round(r.requestsPerSecond), 'req/s', (used / r.requests * 1e6).toFixed(1), 'µs/req', 'p99', r.p99.toFixed(2));
}
pub.kill('SIGTERM'); bare.kill('SIGTERM'); await sleep(2000); process.exit(0);
