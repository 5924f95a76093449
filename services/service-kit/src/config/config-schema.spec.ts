import { z } from 'zod';
import {
  brokers,
  ConfigError,
  type ConfigSpec,
  describeConfig,
  loadConfig,
  port,
  positiveInt,
  secretString,
  url,
} from './config-schema.js';

const spec = {
  PORT: { schema: port, description: 'HTTP port to listen on.', default: '3000' },
  DATABASE_URL: { schema: url, description: 'PostgreSQL connection URL.' },
  BATCH_SIZE: { schema: positiveInt, description: 'Rows per batch.', default: '100' },
  KAFKA_BROKERS: { schema: brokers, description: 'Kafka brokers (host:port).', default: '127.0.0.1:9092' },
  TOKEN_SECRET: { schema: secretString, description: 'HMAC key.', secret: true },
} satisfies ConfigSpec;

const validEnv = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/alg',
  TOKEN_SECRET: 'a-secret-of-twenty-chars',
};

/** Runs loadConfig and returns the ConfigError it throws, or fails the test when it returns. */
function captureConfigError(configSpec: ConfigSpec, env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(configSpec, env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('loadConfig returned without raising ConfigError');
}

describe('loadConfig', () => {
  it('applies defaults for unset variables', () => {
    expect(loadConfig(spec, validEnv)).toEqual({
      PORT: 3000,
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/alg',
      BATCH_SIZE: 100,
      KAFKA_BROKERS: ['127.0.0.1:9092'],
      TOKEN_SECRET: 'a-secret-of-twenty-chars',
    });
  });

  it('prefers environment over default', () => {
    expect(loadConfig(spec, { ...validEnv, PORT: '8080' }).PORT).toBe(8080);
  });

  it.each([
    ['PORT', '443', 443],
    ['BATCH_SIZE', '25', 25],
    ['KAFKA_BROKERS', '127.0.0.1:9092, 127.0.0.1:9093', ['127.0.0.1:9092', '127.0.0.1:9093']],
  ])('coerces %s=%j to %j', (name, raw, expected) => {
    expect(loadConfig(spec, { ...validEnv, [name]: raw })[name as keyof typeof spec]).toEqual(expected);
  });

  it.each([
    ['PORT', '0'],
    ['PORT', '65536'],
    ['PORT', '80.5'],
    ['PORT', 'http'],
    ['BATCH_SIZE', '0'],
    ['BATCH_SIZE', '-3'],
    ['DATABASE_URL', 'not a url'],
    ['KAFKA_BROKERS', 'localhost'],
    ['KAFKA_BROKERS', ''],
    ['KAFKA_BROKERS', '127.0.0.1:9092,kafka'],
    ['TOKEN_SECRET', 'fifteen-chars!!'],
  ])('rejects %s=%j naming it', (name, raw) => {
    const error = captureConfigError(spec, { ...validEnv, [name]: raw });

    expect(error.problems).toEqual([expect.stringMatching(new RegExp(`^${name}=.* is invalid`))]);
  });

  it('accepts sixteen-character secret', () => {
    expect(loadConfig(spec, { ...validEnv, TOKEN_SECRET: 'x'.repeat(16) }).TOKEN_SECRET).toBe('x'.repeat(16));
  });

  it('reports missing required variable', () => {
    const error = captureConfigError(spec, { TOKEN_SECRET: validEnv.TOKEN_SECRET });

    expect(error.problems).toEqual(['DATABASE_URL is missing: PostgreSQL connection URL.']);
  });

  describe('with several invalid variables', () => {
    const env = { PORT: 'http', BATCH_SIZE: '-1', TOKEN_SECRET: 'leaky-value' };
    const error = captureConfigError(spec, env);

    it('throws one ConfigError', () => {
      expect(error.name).toBe('ConfigError');
    });

    it('lists one problem per variable', () => {
      expect(error.problems).toHaveLength(4);
    });

    it.each(['PORT', 'DATABASE_URL', 'BATCH_SIZE', 'TOKEN_SECRET'])('names %s in the message', (name) => {
      expect(error.message).toContain(`\n  ${name}`);
    });

    it('echoes the invalid plain value', () => {
      expect(error.message).toContain('PORT="http" is invalid');
    });

    it('hides the invalid secret value', () => {
      expect(error.message).not.toContain('leaky-value');
    });

    it('shows a placeholder for the secret', () => {
      expect(error.message).toContain('TOKEN_SECRET=<secret> is invalid');
    });

    it('includes the validation reason', () => {
      expect(error.message).toContain('must be at least 16 characters');
    });
  });

  it('hides secret rejected by enum', () => {
    const enumSpec = {
      API_KEY: { schema: z.enum(['alpha-key-value', 'beta-key-value']), description: 'Key.', secret: true },
    } satisfies ConfigSpec;

    expect(captureConfigError(enumSpec, { API_KEY: 'gamma-key-value' }).message).not.toContain('gamma-key-value');
  });
});

describe('loadConfig in production', () => {
  const defaultedSpec = {
    ...spec,
    SIGNING_KEY: { schema: secretString, description: 'Signing key.', default: 'development-signing-key', secret: true },
  } satisfies ConfigSpec;

  it('rejects an unset secret with a default', () => {
    const error = captureConfigError(defaultedSpec, { ...validEnv, NODE_ENV: 'production' });

    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toContain('SIGNING_KEY is missing: NODE_ENV=production does not accept its development default');
    expect(error.problems[0]).toContain('openssl rand -hex 32');
  });

  it('rejects a secret equal to its default', () => {
    const error = captureConfigError(defaultedSpec, { ...validEnv, NODE_ENV: 'production', SIGNING_KEY: 'development-signing-key' });

    expect(error.problems[0]).toContain('SIGNING_KEY is missing');
    expect(error.message).not.toContain('development-signing-key');
  });

  it('accepts a replaced secret', () => {
    const config = loadConfig(defaultedSpec, { ...validEnv, NODE_ENV: 'production', SIGNING_KEY: 'a-production-signing-key' });

    expect(config.SIGNING_KEY).toBe('a-production-signing-key');
  });

  it('keeps development defaults outside production', () => {
    expect(loadConfig(defaultedSpec, { ...validEnv, NODE_ENV: 'test' }).SIGNING_KEY).toBe('development-signing-key');
  });
});

describe('describeConfig', () => {
  const lines = describeConfig({
    ...spec,
    SIGNING_KEY: {
      schema: secretString,
      description: 'Signing key.',
      default: 'development-signing-key',
      secret: true,
    },
  }).split('\n');

  it('lists one line per variable', () => {
    expect(lines).toHaveLength(6);
  });

  it('shows the default value', () => {
    expect(lines[0]).toBe('PORT  HTTP port to listen on.  [default: 3000]');
  });

  it('marks variables without default required', () => {
    expect(lines[1]).toBe('DATABASE_URL  PostgreSQL connection URL.  [default: (required)]');
  });

  it('hides a secret default', () => {
    expect(lines[5]).toBe('SIGNING_KEY  Signing key.  [default: (secret)]');
  });
});
