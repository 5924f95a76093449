import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { personName } from '../../fields/PersonNameField';
import { useFormat } from '../../fields/useFormat';
import { ChartFigure } from '../../charts/ChartFigure';
import { seriesColors } from '../../charts/palette';
import type { LeaderboardRow } from './leaderboardQuery';

/** Points of the first advocates of a leaderboard as bars. */
export function PointsChart({ rows }: { rows: readonly LeaderboardRow[] }) {
  const translate = useTranslate();
  const format = useFormat();
  const top = rows.slice(0, 10).map((row) => ({
    name: personName(row.participant) || row.participant.email,
    points: row.points,
  }));
  return (
    <ChartFigure
      description={translate('alg.leaderboards.chart_description', { count: top.length })}
      height={Math.max(120, 32 * top.length + 40)}
      testId="leaderboard-chart"
      table={{
        columns: [translate('alg.leaderboards.advocate'), translate('alg.leaderboards.points')],
        rows: top.map((row) => [row.name, format.decimal(row.points, 2)]),
      }}
    >
      <ResponsiveContainer>
        <BarChart data={top} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" tickFormatter={(value: number) => format.compact(value)} />
          <YAxis type="category" dataKey="name" width={150} />
          <Tooltip formatter={(value) => format.decimal(Number(value), 2)} />
          <Bar
            dataKey="points"
            name={translate('alg.leaderboards.points')}
            fill={seriesColors.purple}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
