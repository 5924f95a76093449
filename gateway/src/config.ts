import { z } from 'zod';
import { type ConfigSpec, loadConfig, port, secretString, url } from '@alg/service-kit';

export const gatewayConfigSpec = {
  NODE_ENV: {
    schema: z.enum(['development', 'test', 'production']),
    description: 'Runtime mode; production turns introspection off.',
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
  OIDC_JWKS_URL: {
    schema: z.union([z.literal(''), url]),
    description: "URL of the issuer's JWKS; the issuer's /.well-known/jwks.json when empty.",
    default: '',
  },
  TRUST_PROXY: {
    schema: z.enum(['true', 'false']).transform((value) => value === 'true'),
    description: 'Take the client address from X-Forwarded-For (set when behind a reverse proxy).',
    default: 'false',
  },
  CORS_ORIGINS: {
    schema: z.string().transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean)),
    description: 'Comma-separated browser origins allowed to call the gateway (the console).',
    default: 'http://127.0.0.1:5173,http://localhost:5173',
  },
} satisfies ConfigSpec;

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(gatewayConfigSpec, env);
}
