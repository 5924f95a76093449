import { ConfigError } from '../config/config-schema.js';

/**
 * Runs a process entry point. Invalid configuration exits with 78
 * (EX_CONFIG) and prints only the list of bad variables; any other start-up
 * failure prints the error and exits with 1.
 */
export function runMain(main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78);
    }
    console.error(err);
    process.exit(1);
  });
}
