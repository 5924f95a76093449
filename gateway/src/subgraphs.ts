/** The subgraphs the gateway composes, with their schema files and default URLs. */
export const subgraphs = [
  {
    name: 'campaigns',
    schemaPath: 'services/campaigns/schema.graphql',
    urlVariable: 'CAMPAIGNS_URL',
    defaultUrl: 'http://127.0.0.1:4001/graphql',
  },
  {
    name: 'tracking',
    schemaPath: 'services/tracking/schema.graphql',
    urlVariable: 'TRACKING_URL',
    defaultUrl: 'http://127.0.0.1:4002/graphql',
  },
  {
    name: 'scoring',
    schemaPath: 'services/scoring/schema.graphql',
    urlVariable: 'SCORING_URL',
    defaultUrl: 'http://127.0.0.1:4003/graphql',
  },
] as const;
