import { z } from 'zod';
import { commonConfigSpec, type ConfigSpec, loadConfig, port, url } from '@alg/service-kit';

export const campaignsConfigSpec = {
  ...commonConfigSpec,
  HOST: { schema: z.string(), description: 'Interface the subgraph listens on.', default: '127.0.0.1' },
  CAMPAIGNS_PORT: { schema: port, description: 'Port of the campaigns subgraph.', default: '4001' },
  TRACKING_PUBLIC_URL: {
    schema: url,
    description: 'Public base URL of the tracking redirect, used in rendered posts and links.',
    default: 'http://127.0.0.1:4080',
  },
} satisfies ConfigSpec;

export type CampaignsConfig = ReturnType<typeof loadCampaignsConfig>;

export function loadCampaignsConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(campaignsConfigSpec, env);
}
