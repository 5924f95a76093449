import { z } from 'zod';
import {
  commonConfigSpec,
  type ConfigSpec,
  loadConfig,
  port,
  positiveInt,
  secretString,
  TRUST_PROXY_DESCRIPTION,
  trustProxy,
  url,
} from '@alg/service-kit';

export const trackingConfigSpec = {
  ...commonConfigSpec,
  HOST: { schema: z.string(), description: 'Interface the subgraph and the public server listen on.', default: '127.0.0.1' },
  TRACKING_PORT: { schema: port, description: 'Port of the tracking subgraph.', default: '4002' },
  TRACKING_PUBLIC_PORT: {
    schema: port,
    description: 'Port of the public server: redirects, share intents, conversion intake and the snippet.',
    default: '4080',
  },
  TRACKING_PUBLIC_URL: {
    schema: url,
    description: 'Public base URL of the redirect server, as advocates see it in links.',
    default: 'http://127.0.0.1:4080',
  },
  CAMPAIGNS_PUBLIC_URL: {
    schema: url,
    description: 'Public base URL of the campaigns share page; its origin may call the share-intent endpoint from browsers.',
    default: 'http://127.0.0.1:4001',
  },
  TRACKING_ROLES: {
    schema: z
      .string()
      .transform((value) => value.split(',').map((role) => role.trim()).filter(Boolean))
      .pipe(z.array(z.enum(['public', 'subgraph', 'consumers'])).min(1)),
    description:
      'What this instance runs, comma-separated: public (redirects and intake endpoints), subgraph (GraphQL), consumers (campaign events, click intake and the outbox relay). Run at least one instance with consumers.',
    default: 'public,subgraph,consumers',
  },
  TRUST_PROXY: {
    schema: trustProxy,
    description: TRUST_PROXY_DESCRIPTION,
    default: 'false',
  },
  TRACKING_SECRETS_KEY: {
    schema: secretString,
    description: 'Passphrase that encrypts the stored webhook secrets (AES-256-GCM); changing it invalidates them.',
    default: 'development-tracking-secrets-key',
    secret: true,
  },
  RATE_LIMIT_REDIRECTS_PER_IP: {
    schema: positiveInt,
    description: 'Redirects per client address per minute; requests over the limit get 429 with Retry-After.',
    default: '600',
  },
  RATE_LIMIT_WRITES_PER_IP: {
    schema: positiveInt,
    description: 'Share intents, advocate pixels and public conversions per client address per minute.',
    default: '300',
  },
  RATE_LIMIT_WRITES_PER_KEY: {
    schema: positiveInt,
    description: 'Share intents, advocate pixels and public conversions per link code per minute.',
    default: '300',
  },
  RATE_LIMIT_WEBHOOKS_PER_ORGANIZATION: {
    schema: positiveInt,
    description: 'Signed webhook deliveries per organization per minute.',
    default: '1200',
  },
} satisfies ConfigSpec;

export type TrackingConfig = ReturnType<typeof loadTrackingConfig>;

export function loadTrackingConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(trackingConfigSpec, env);
}
