import { z } from 'zod';
import { commonConfigSpec, type ConfigSpec, loadConfig, port, positiveInt, secretString, url } from '@alg/service-kit';

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
