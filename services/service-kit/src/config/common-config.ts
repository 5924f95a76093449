import { z } from 'zod';
import { brokers, type ConfigSpec, secretString, url } from './config-schema.js';

/**
 * Variables every subgraph reads. The defaults suit a local stack on
 * loopback; INTERNAL_TOKEN_SECRET must be replaced outside development.
 */
export const commonConfigSpec = {
  NODE_ENV: {
    schema: z.enum(['development', 'test', 'production']),
    description: 'Runtime mode; production hides internal error messages.',
    default: 'development',
  },
  LOG_LEVEL: {
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    description: 'Minimum pino log level.',
    default: 'info',
  },
  DATABASE_URL: {
    schema: url,
    description: 'PostgreSQL connection URL; each service uses its own schema in it.',
    default: 'postgres://postgres@127.0.0.1:5432/alg',
  },
  KAFKA_BROKERS: {
    schema: brokers,
    description: 'Comma-separated Kafka bootstrap brokers (host:port).',
    default: '127.0.0.1:9092',
  },
  KAFKA_GROUP_PREFIX: {
    schema: z.string().regex(/^[A-Za-z0-9._-]+$/, 'must be letters, digits, dots, dashes or underscores'),
    description: 'Prefix of consumer group ids; stacks that share a broker need different prefixes.',
    default: 'alg',
  },
  KAFKA_TOPIC_PREFIX: {
    schema: z.string().regex(/^[A-Za-z0-9._-]*$/, 'must be letters, digits, dots, dashes or underscores'),
    description: 'Put before every Kafka topic name; stacks that share a broker need different prefixes.',
    default: '',
  },
  INTERNAL_TOKEN_SECRET: {
    schema: secretString,
    description: 'HMAC key for the identity tokens the gateway signs for subgraphs.',
    default: 'development-internal-token-secret',
    secret: true,
  },
} satisfies ConfigSpec;
