import { z } from 'zod';
import { commonConfigSpec, type ConfigSpec, loadConfig, port } from '@alg/service-kit';

export const scoringConfigSpec = {
  ...commonConfigSpec,
  HOST: { schema: z.string(), description: 'Interface the subgraph listens on.', default: '127.0.0.1' },
  SCORING_PORT: { schema: port, description: 'Port of the scoring subgraph.', default: '4003' },
} satisfies ConfigSpec;

export type ScoringConfig = ReturnType<typeof loadScoringConfig>;

export function loadScoringConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(scoringConfigSpec, env);
}
