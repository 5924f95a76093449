import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { useFormat } from '../fields/useFormat';
import { EmptyState } from '../ui/EmptyState';
import { ChartFigure } from './ChartFigure';
import { seriesColors } from './palette';

/** One day of activity as tracking reports it; the day is already in the figures' time zone. */
export interface DailyPoint {
  day: string;
  shares: number;
  clicks: number;
  uniqueClicks: number;
  conversions: number;
}

const series = [
  { key: 'shares', label: 'alg.metrics.shares', color: seriesColors.blue },
  { key: 'uniqueClicks', label: 'alg.metrics.uniqueClicks', color: seriesColors.orange },
  { key: 'conversions', label: 'alg.metrics.conversions', color: seriesColors.green },
] as const;

/** Shares, unique clicks and conversions per day, in the time zone the API used. */
export function DailySeriesChart({
  days,
  timeZone,
  testId,
}: {
  days: DailyPoint[];
  timeZone: string;
  testId?: string;
}) {
  const translate = useTranslate();
  const format = useFormat();
  if (days.length === 0) {
    return <EmptyState title="alg.charts.no_daily_title" hint="alg.charts.no_daily_hint" />;
  }
  const rows = days.map((point) => ({ ...point, label: format.day(point.day) }));
  const description = translate('alg.charts.daily_description', {
    days: days.length,
    zone: timeZone,
    first: format.day(days[0]!.day),
    last: format.day(days.at(-1)!.day),
  });
  return (
    <ChartFigure
      description={description}
      height={260}
      testId={testId}
      table={{
        columns: [translate('alg.charts.day'), ...series.map((item) => translate(item.label))],
        rows: rows.map((row) => [row.label, ...series.map((item) => format.count(row[item.key]))]),
      }}
    >
      <ResponsiveContainer>
        <LineChart data={rows} margin={{ left: 0, right: 16, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} tickFormatter={(value: number) => format.compact(value)} />
          <Tooltip formatter={(value) => format.count(Number(value))} />
          <Legend />
          {series.map((item) => (
            <Line
              key={item.key}
              type="monotone"
              dataKey={item.key}
              name={translate(item.label)}
              stroke={item.color}
              strokeWidth={2}
              dot={days.length < 20}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
