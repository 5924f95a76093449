import { z } from 'zod';

/** One environment variable: how it is parsed, what it sets, its default. */
export interface ConfigVariable<T> {
  schema: z.ZodType<T>;
  description: string;
  default?: string;
  secret?: boolean;
}

export type ConfigSpec = Record<string, ConfigVariable<unknown>>;

export type ConfigValues<S extends ConfigSpec> = {
  [K in keyof S]: S[K] extends ConfigVariable<infer T> ? T : never;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses every variable of the spec from the environment and throws one
 * ConfigError that lists each invalid or missing variable, so a service with
 * bad configuration fails to start and names the variable to fix. With
 * NODE_ENV=production, a secret variable that is unset or equal to its
 * development default also counts as missing.
 */
export function loadConfig<S extends ConfigSpec>(
  spec: S,
  env: NodeJS.ProcessEnv = process.env,
): ConfigValues<S> {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];

  const production = env.NODE_ENV === 'production';
  for (const [name, variable] of Object.entries(spec)) {
    if (production && variable.secret && variable.default !== undefined && (env[name] ?? variable.default) === variable.default) {
      problems.push(
        `${name} is missing: NODE_ENV=production does not accept its development default. ` +
          `Set it to a random value, for example from \`openssl rand -hex 32\`. ${variable.description}`,
      );
      continue;
    }
    const raw = env[name] ?? variable.default;
    if (raw === undefined) {
      problems.push(`${name} is missing: ${variable.description}`);
      continue;
    }
    const parsed = variable.schema.safeParse(raw);
    if (parsed.success) {
      values[name] = parsed.data;
      continue;
    }
    const shown = variable.secret ? '<secret>' : JSON.stringify(raw);
    const reason = parsed.error.issues.map((issue) => issue.message).join('; ');
    problems.push(`${name}=${shown} is invalid (${reason}): ${variable.description}`);
  }

  if (problems.length > 0) {
    throw new ConfigError(problems);
  }

  return values as ConfigValues<S>;
}

/** Lists the variables of a spec for help output, hiding secret defaults. */
export function describeConfig(spec: ConfigSpec): string {
  return Object.entries(spec)
    .map(([name, variable]) => {
      const fallback = variable.secret ? '(secret)' : (variable.default ?? '(required)');
      return `${name}  ${variable.description}  [default: ${fallback}]`;
    })
    .join('\n');
}

export const port = z.coerce.number().int().min(1).max(65535);
export const url = z.string().url();
export const positiveInt = z.coerce.number().int().positive();
export const secretString = z.string().min(16, 'must be at least 16 characters');
/** Express's "trust proxy" setting: true, false, or the number of proxies in front of the server. */
export const trustProxy = z.union([
  z.enum(['true', 'false']).transform((value) => value === 'true'),
  z.coerce.number().int().min(1).max(10),
]);
export const TRUST_PROXY_DESCRIPTION =
  'Take the client address from X-Forwarded-For: "true" trusts every hop (the left-most address, which a client can forge ' +
  'unless the proxy replaces the header), a number trusts that many proxies in front of the server, "false" uses the socket address.';
export const brokers = z
  .string()
  .transform((value) => value.split(',').map((broker) => broker.trim()))
  .pipe(z.array(z.string().regex(/^[^:\s]+:\d+$/, 'must be host:port')).min(1));
