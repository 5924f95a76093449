import type { StackOptions } from '../../../scripts/lib/stack.ts';

/**
 * The browser tests' own database and ports (gateway on 4600, public
 * tracking on 4680), so that they run beside the demo and the other suites.
 */
export const STACK_OPTIONS: StackOptions = {
  database: process.env.ALG_TEST_DATABASE ?? 'alg_test_admin',
  portOffset: Number(process.env.ALG_TEST_PORT_OFFSET ?? 600),
  env: { TRUST_PROXY: 'true', LOG_LEVEL: process.env.ALG_LOG_LEVEL ?? 'warn' },
  log: () => undefined,
};
