import { Alert } from '@mui/material';
import { ResponsiveContainer, Sankey, Tooltip } from 'recharts';
import { useTranslate } from 'react-admin';
import { ChartFigure } from '../../charts/ChartFigure';
import { seriesColors } from '../../charts/palette';
import { useGatewayQuery } from '../../data/useGatewayQuery';
import { useFormat } from '../../fields/useFormat';
import { EmptyState } from '../../ui/EmptyState';
import { QueryState } from '../../ui/QueryState';
import { campaignFlows, sankeyOf, type LineageGraphInput } from './campaignFlow';
import { LINEAGE_GRAPH_QUERY } from './compoundingQueries';

/**
 * Nodes of the lineage graph the flow reads. The API serves up to 5,000,
 * but the gateway's cost limit (50,000) allows about 3,800 with this selection.
 */
const GRAPH_SIZE = 3000;

interface SankeyNodeProps {
  x: number;
  y: number;
  width: number;
  height: number;
  payload: { name: string; value: number };
}

/** Draws one node of the flow with its name and count beside it, legible over the links. */
function FlowNode({ x, y, width, height, payload }: SankeyNodeProps) {
  const format = useFormat();
  return (
    <g>
      <rect x={x} y={y} width={width} height={height} fill={seriesColors.blue} />
      <text
        x={x + width + 6}
        y={y + height / 2}
        dominantBaseline="middle"
        fontSize={13}
        paintOrder="stroke"
        stroke="#fff"
        strokeWidth={3}
        fill="#222"
      >
        {`${payload.name} (${format.count(payload.value)})`}
      </text>
    </g>
  );
}

function FlowDiagram({ graph }: { graph: LineageGraphInput & { truncated: boolean } }) {
  const translate = useTranslate();
  const format = useFormat();
  const flows = campaignFlows(graph);
  if (flows.length === 0) {
    return <EmptyState title="alg.compounding.no_flow" hint="alg.compounding.no_flow_hint" />;
  }
  const labels = {
    shared: translate('alg.compounding.flow_shared'),
    notYet: translate('alg.compounding.flow_not_yet'),
  };
  const sankey = sankeyOf(flows, labels);
  const targetName = (flow: (typeof flows)[number]) => {
    if (flow.target.kind === 'campaign') return flow.target.name;
    return flow.target.kind === 'shared' ? labels.shared : labels.notYet;
  };
  return (
    <>
      {graph.truncated ? (
        <Alert severity="info">
          {translate('alg.compounding.flow_truncated', { count: format.count(GRAPH_SIZE) })}
        </Alert>
      ) : null}
      <ChartFigure
        description={translate('alg.compounding.flow_description', { flows: flows.length })}
        height={Math.max(220, 28 * sankey.nodes.length)}
        testId="campaign-flow-chart"
        table={{
          columns: [
            translate('alg.compounding.flow_from'),
            translate('alg.compounding.flow_to'),
            translate('alg.compounding.flow_participants'),
          ],
          rows: flows.map((flow) => [flow.sourceName, targetName(flow), format.count(flow.participants)]),
        }}
      >
        <ResponsiveContainer>
          <Sankey
            data={sankey}
            nodePadding={24}
            margin={{ left: 8, right: 160, top: 8, bottom: 8 }}
            link={{ stroke: seriesColors.sky, strokeOpacity: 0.5 }}
            node={(props: SankeyNodeProps) => <FlowNode {...props} />}
          >
            <Tooltip formatter={(value) => format.count(Number(value))} />
          </Sankey>
        </ResponsiveContainer>
      </ChartFigure>
    </>
  );
}

/** Shows where the participants each campaign brought in advocated next, as a flow from campaign to campaign. */
export function CampaignFlowChart() {
  const query = useGatewayQuery<{ lineageGraph: LineageGraphInput & { truncated: boolean } }>(
    ['lineage-graph'],
    LINEAGE_GRAPH_QUERY,
    {
      first: GRAPH_SIZE,
    },
  );
  return (
    <QueryState query={query} unavailableTitle="alg.compounding.flow_unavailable">
      {(data) => <FlowDiagram graph={data.lineageGraph} />}
    </QueryState>
  );
}
