import { z } from 'zod';
import {
  ConfigError,
  type ConfigSpec,
  loadConfig,
  port,
  positiveInt,
  secretString,
  TRUST_PROXY_DESCRIPTION,
  trustProxy,
  url,
} from '@alg/service-kit';
import { defaultLimits } from './limits/operation-limits.js';

export const gatewayConfigSpec = {
  NODE_ENV: {
    schema: z.enum(['development', 'test', 'production']),
    description: 'Runtime mode.',
    default: 'development',
  },
  LOG_LEVEL: {
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    description: 'Minimum pino log level.',
    default: 'info',
  },
  HOST: { schema: z.string(), description: 'Interface the gateway listens on.', default: '127.0.0.1' },
  GATEWAY_PORT: { schema: port, description: 'Port of the gateway.', default: '4000' },
  CAMPAIGNS_URL: { schema: url, description: 'GraphQL URL of the campaigns subgraph.', default: 'http://127.0.0.1:4001/graphql' },
  TRACKING_URL: { schema: url, description: 'GraphQL URL of the tracking subgraph.', default: 'http://127.0.0.1:4002/graphql' },
  SCORING_URL: { schema: url, description: 'GraphQL URL of the scoring subgraph.', default: 'http://127.0.0.1:4003/graphql' },
  INTERNAL_TOKEN_SECRET: {
    schema: secretString,
    description: 'HMAC key of the identity tokens forwarded to subgraphs; the same value as theirs.',
    default: 'development-internal-token-secret',
    secret: true,
  },
  PLATFORM_OPERATOR_TOKEN: {
    schema: secretString,
    description: 'Bearer token of the platform operator, who may create organizations.',
    default: 'development-operator-token',
    secret: true,
  },
  SESSION_SECRET: {
    schema: secretString,
    description: 'HMAC key of the console session tokens the gateway issues at sign-in.',
    default: 'development-session-secret',
    secret: true,
  },
  SESSION_TTL_MINUTES: {
    schema: z.coerce.number().int().min(5).max(7 * 24 * 60),
    description: 'Lifetime of a console session token, in minutes.',
    default: '480',
  },
  OIDC_ISSUER: {
    schema: z.union([z.literal(''), url]),
    description: 'Issuer of the OIDC ID tokens accepted for single sign-on; empty turns SSO off.',
    default: '',
  },
  OIDC_AUDIENCE: {
    schema: z.string(),
    description: 'Client id that accepted ID tokens must name in aud.',
    default: '',
  },
  OIDC_REQUIRE_NONCE: {
    schema: z.enum(['true', 'false']).transform((value) => value === 'true'),
    description:
      'Requires a nonce in every ID token and the matching "nonceVerifier" (the nonce is its SHA-256 in base64url) in POST /auth/sso.',
    default: 'true',
  },
  OIDC_JWKS_URL: {
    schema: z.union([z.literal(''), url]),
    description: "URL of the issuer's JWKS; the issuer's /.well-known/jwks.json when empty.",
    default: '',
  },
  TRUST_PROXY: {
    schema: trustProxy,
    description: TRUST_PROXY_DESCRIPTION,
    default: 'false',
  },
  GRAPHQL_INTROSPECTION: {
    schema: z.enum(['true', 'false']).transform((value) => value === 'true'),
    description: 'Serve introspection queries (__schema, __type) when true; off by default.',
    default: 'false',
  },
  RATE_LIMIT_WINDOW_SECONDS: {
    schema: positiveInt,
    description: 'Length of the rate-limit window in seconds; every RATE_LIMIT_* count below is per window.',
    default: '60',
  },
  RATE_LIMIT_REQUESTS_PER_CREDENTIAL: {
    schema: positiveInt,
    description: 'Requests to /graphql and /v1/imports per credential (API key, partner key, console user, operator) per window.',
    default: '1200',
  },
  RATE_LIMIT_MUTATIONS_PER_CREDENTIAL: {
    schema: positiveInt,
    description: 'GraphQL mutations per credential per window.',
    default: '600',
  },
  RATE_LIMIT_COST_PER_CREDENTIAL: {
    schema: positiveInt.pipe(z.number().min(defaultLimits.maxCost, `must be at least the cost of one operation, ${defaultLimits.maxCost}`)),
    description: 'Sum of the estimated costs of the GraphQL operations of one credential per window.',
    default: '1000000',
  },
  RATE_LIMIT_REQUESTS_PER_IP: {
    schema: positiveInt,
    description: 'Requests without a valid credential per client address per window.',
    default: '60',
  },
  RATE_LIMIT_SIGN_INS: {
    schema: positiveInt,
    description: 'Sign-in attempts (/auth/login, /auth/sso) per client address and per account name per window.',
    default: '10',
  },
  CORS_ORIGINS: {
    schema: z.string().transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean)),
    description: 'Comma-separated browser origins allowed to call the gateway (the console).',
    default: 'http://127.0.0.1:5173,http://localhost:5173',
  },
} satisfies ConfigSpec;

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(gatewayConfigSpec, env);
  // Every ID token names its client in aud, so with an empty OIDC_AUDIENCE
  // single sign-on could never succeed.
  if (config.OIDC_ISSUER && !config.OIDC_AUDIENCE) {
    throw new ConfigError(['OIDC_AUDIENCE is missing: set it to the client id registered with OIDC_ISSUER, or leave OIDC_ISSUER empty to turn SSO off.']);
  }

  return config;
}
