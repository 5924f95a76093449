import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { useFormat } from '../fields/useFormat';
import { EmptyState } from '../ui/EmptyState';
import { ChartFigure } from './ChartFigure';
import { seriesColors } from './palette';

/** Results on one network, as tracking's NetworkResult gives them. */
export interface NetworkPoint {
  network: string;
  shares: number;
  potentialReach: number;
  clicks: number;
  uniqueClicks: number;
  clickThroughRate?: number | null;
}

const bars = [
  { key: 'shares', label: 'alg.metrics.shares', color: seriesColors.blue },
  { key: 'clicks', label: 'alg.metrics.clicks', color: seriesColors.sky },
  { key: 'uniqueClicks', label: 'alg.metrics.uniqueClicks', color: seriesColors.orange },
] as const;

/** Shares and clicks per network, with reach and click-through in the table. */
export function NetworkChart({ networks, testId }: { networks: NetworkPoint[]; testId?: string }) {
  const translate = useTranslate();
  const format = useFormat();
  const none = translate('alg.common.none');
  if (networks.length === 0) {
    return <EmptyState title="alg.charts.no_networks_title" hint="alg.charts.no_networks_hint" />;
  }
  const rows = networks.map((point) => ({ ...point, label: translate(`alg.enums.Network.${point.network}`) }));
  const description = translate('alg.charts.network_description', {
    networks: rows.map((row) => `${row.label} ${format.count(row.shares)}`).join(', '),
  });
  return (
    <ChartFigure
      description={description}
      height={240}
      testId={testId}
      table={{
        columns: [
          translate('alg.charts.network'),
          ...bars.map((bar) => translate(bar.label)),
          translate('alg.metrics.potentialReach'),
          translate('alg.metrics.clickThroughRate'),
        ],
        rows: rows.map((row) => [
          row.label,
          ...bars.map((bar) => format.count(row[bar.key])),
          format.count(row.potentialReach),
          format.optionalPercent(row.clickThroughRate, none),
        ]),
      }}
    >
      <ResponsiveContainer>
        <BarChart data={rows} margin={{ left: 0, right: 16, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} tickFormatter={(value: number) => format.compact(value)} />
          <Tooltip formatter={(value) => format.count(Number(value))} />
          <Legend />
          {bars.map((bar) => (
            <Bar
              key={bar.key}
              dataKey={bar.key}
              name={translate(bar.label)}
              fill={bar.color}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
