// Serves the built console with `vite preview` from a copy of admin/dist
// whose config.js points at a given gateway, as an operator would after a
// build. The copy keeps admin/dist itself untouched.

import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { waitForHttp } from './ports.ts';

export const ADMIN_DIR = fileURLToPath(new URL('../../../admin/', import.meta.url));
const VITE_BIN = fileURLToPath(new URL('../../../node_modules/vite/bin/vite.js', import.meta.url));
const run = promisify(execFile);

export interface ConsoleServer {
  origin: string;
  stop(): Promise<void>;
}

/** Builds admin/dist when it is missing, so that a fresh checkout can run the browser tests. */
export async function ensureConsoleBuild(log: (line: string) => void): Promise<void> {
  if (existsSync(join(ADMIN_DIR, 'dist', 'index.html'))) return;
  log('admin/dist is missing: building the console');
  await run(process.execPath, [VITE_BIN, 'build'], { cwd: ADMIN_DIR, timeout: 300_000 });
}

/** Starts `vite preview` on `port` with config.js naming `gatewayUrl`. */
export async function startConsoleServer(port: number, gatewayUrl: string): Promise<ConsoleServer> {
  const root = mkdtempSync(join(tmpdir(), 'alg-console-'));
  cpSync(join(ADMIN_DIR, 'dist'), root, { recursive: true });
  writeFileSync(join(root, 'config.js'), `window.ALG_CONFIG = { gatewayUrl: ${JSON.stringify(gatewayUrl)} };\n`);
  const child: ChildProcess = spawn(
    process.execPath,
    [VITE_BIN, 'preview', '--outDir', root, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: ADMIN_DIR, stdio: 'ignore' },
  );
  const origin = `http://127.0.0.1:${port}`;
  await waitForHttp(origin, 30_000);
  return {
    origin,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}
