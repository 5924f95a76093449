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

export const campaignsConfigSpec = {
  ...commonConfigSpec,
  HOST: { schema: z.string(), description: 'Interface the subgraph listens on.', default: '127.0.0.1' },
  CAMPAIGNS_PORT: { schema: port, description: 'Port of the campaigns subgraph and its public pages.', default: '4001' },
  CAMPAIGNS_PUBLIC_URL: {
    schema: z.union([z.literal(''), url]),
    description:
      'Public base URL of the share pages, cards, booth pages and webhooks; http://127.0.0.1:<CAMPAIGNS_PORT> when empty.',
    default: '',
  },
  TRACKING_PUBLIC_URL: {
    schema: url,
    description: 'Public base URL of the tracking redirect, used in rendered posts and links.',
    default: 'http://127.0.0.1:4080',
  },
  WEBHOOK_SECRET_KEY: {
    schema: secretString,
    description: 'Key that encrypts the webhook signing secrets at rest.',
    default: 'development-webhook-secret-key',
    secret: true,
  },
  WEBHOOK_TOLERANCE_SECONDS: {
    schema: positiveInt,
    description: 'How far a webhook timestamp may be from this server clock, in seconds.',
    default: '300',
  },
  TRUST_PROXY: { schema: trustProxy, description: TRUST_PROXY_DESCRIPTION, default: 'false' },
  RATE_LIMIT_WINDOW_SECONDS: {
    schema: positiveInt,
    description: 'Length of the rate-limit window of the public routes in seconds; every RATE_LIMIT_* count below is per window.',
    default: '60',
  },
  RATE_LIMIT_PAGES_PER_IP: {
    schema: positiveInt,
    description: 'Share pages, cards, assets, booth pages and QR codes per client address per window.',
    default: '600',
  },
  RATE_LIMIT_PAGES_PER_TOKEN: {
    schema: positiveInt,
    description: 'Requests for one share page (page and card) or one booth (page and QR code) per window.',
    default: '300',
  },
  RATE_LIMIT_CHECK_INS_PER_IP: {
    schema: positiveInt,
    description: 'Booth check-in forms submitted per client address per window.',
    default: '120',
  },
  RATE_LIMIT_CHECK_INS_PER_BOOTH: {
    schema: positiveInt,
    description: 'Booth check-in forms submitted per booth per window.',
    default: '600',
  },
  RATE_LIMIT_WEBHOOKS_PER_ENDPOINT: {
    schema: positiveInt,
    description: 'Completion webhook deliveries per endpoint, and per client address, per window.',
    default: '1200',
  },
  IMPORT_MAX_BYTES: {
    schema: positiveInt,
    description: 'Largest participant import file accepted, in bytes.',
    default: String(512 * 1024 * 1024),
  },
} satisfies ConfigSpec;

export type CampaignsConfig = ReturnType<typeof loadCampaignsConfig>;

export function loadCampaignsConfig(env: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(campaignsConfigSpec, env);

  return {
    ...config,
    CAMPAIGNS_PUBLIC_URL: config.CAMPAIGNS_PUBLIC_URL || `http://127.0.0.1:${config.CAMPAIGNS_PORT}`,
  };
}
