import { FunnelChart } from '../../charts/FunnelChart';
import type { CampaignMetrics } from './campaignMetricsQuery';

/** Draws the campaign's funnel: invited, activated, shared, clicked, converted. */
export function CampaignFunnel({ metrics }: { metrics: CampaignMetrics }) {
  return (
    <FunnelChart
      testId="campaign-funnel"
      steps={[
        { label: 'alg.funnel.invited', value: metrics.invited },
        { label: 'alg.funnel.activated', value: metrics.activated },
        { label: 'alg.funnel.shared', value: metrics.shares },
        { label: 'alg.funnel.clicked', value: metrics.uniqueClicks },
        { label: 'alg.funnel.converted', value: metrics.conversions },
      ]}
    />
  );
}
