import type { StackOptions } from '../../../scripts/lib/stack.ts';

/**
 * The browser tests' own database and ports (by default gateway on 4600,
 * public tracking on 4680), so that they run beside the demo and the other
 * suites. ALG_TEST_DATABASE and ALG_TEST_PORT_OFFSET move them along with
 * the other suites.
 */
export const STACK_OPTIONS: StackOptions = {
  database: process.env.ALG_TEST_DATABASE ? `${process.env.ALG_TEST_DATABASE}_admin` : 'alg_test_admin',
  portOffset: Number(process.env.ALG_TEST_PORT_OFFSET ?? 100) + 500,
  env: { TRUST_PROXY: 'true', LOG_LEVEL: process.env.ALG_LOG_LEVEL ?? 'warn' },
  log: () => undefined,
};
