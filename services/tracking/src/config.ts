import { z } from 'zod';
import { commonConfigSpec, type ConfigSpec, loadConfig, port, url } from '@alg/service-kit';

export const trackingConfigSpec = {
  ...commonConfigSpec,
  HOST: { schema: z.string(), description: 'Interface the subgraph and the public server listen on.', default: '127.0.0.1' },
  TRACKING_PORT: { schema: port, description: 'Port of the tracking subgraph.', default: '4002' },
  TRACKING_PUBLIC_PORT: {
    schema: port,
    description: 'Port of the public server: redirects and conversion intake.',
    default: '4080',
  },
  TRACKING_PUBLIC_URL: {
    schema: url,
    description: 'Public base URL of the redirect server, as advocates see it in links.',
    default: 'http://127.0.0.1:4080',
  },
  TRUST_PROXY: {
    schema: z.enum(['true', 'false']).transform((value) => value === 'true'),
    description: 'Take the client address from X-Forwarded-For (set when behind a reverse proxy).',
    default: 'false',
  },
} satisfies ConfigSpec;

export type TrackingConfig = ReturnType<typeof loadTrackingConfig>;

export function loadTrackingConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(trackingConfigSpec, env);
}
