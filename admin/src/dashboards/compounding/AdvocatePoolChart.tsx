import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { ChartFigure } from '../../charts/ChartFigure';
import { seriesColors } from '../../charts/palette';
import { useFormat } from '../../fields/useFormat';
import { EmptyState } from '../../ui/EmptyState';
import type { PoolPeriod } from './compoundingQueries';

/** Draws the advocate pool per period, with new and repeat advocates and the participants they generated. */
export function AdvocatePoolChart({ periods }: { periods: PoolPeriod[] }) {
  const translate = useTranslate();
  const format = useFormat();
  if (periods.length === 0) {
    return <EmptyState title="alg.compounding.no_periods" hint="alg.compounding.no_periods_hint" />;
  }
  const rows = periods.map((period) => ({ ...period, label: format.date(period.start) }));
  const last = periods.at(-1)!;
  return (
    <ChartFigure
      description={translate('alg.compounding.pool_description', {
        pool: format.count(last.advocatePool),
        periods: periods.length,
      })}
      height={280}
      testId="advocate-pool-chart"
      table={{
        columns: [
          translate('alg.compounding.period_start'),
          translate('alg.compounding.advocatePool'),
          translate('alg.compounding.newAdvocates'),
          translate('alg.compounding.repeatAdvocates'),
          translate('alg.compounding.generatedParticipants'),
        ],
        rows: rows.map((row) => [
          row.label,
          format.count(row.advocatePool),
          format.count(row.newAdvocates),
          format.count(row.repeatAdvocates),
          format.count(row.generatedParticipants),
        ]),
      }}
    >
      <ResponsiveContainer>
        <ComposedChart
          data={rows}
          margin={{ left: 0, right: 16, top: 8, bottom: 8 }}
          barCategoryGap="30%"
          maxBarSize={64}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} />
          <Tooltip formatter={(value) => format.count(Number(value))} />
          <Legend />
          <Bar
            dataKey="newAdvocates"
            stackId="active"
            name={translate('alg.compounding.newAdvocates')}
            fill={seriesColors.sky}
            isAnimationActive={false}
          />
          <Bar
            dataKey="repeatAdvocates"
            stackId="active"
            name={translate('alg.compounding.repeatAdvocates')}
            fill={seriesColors.blue}
            isAnimationActive={false}
          />
          <Line
            dataKey="advocatePool"
            name={translate('alg.compounding.advocatePool')}
            stroke={seriesColors.vermilion}
            strokeWidth={2}
            isAnimationActive={false}
          />
          <Line
            dataKey="generatedParticipants"
            name={translate('alg.compounding.generatedParticipants')}
            stroke={seriesColors.green}
            strokeWidth={2}
            strokeDasharray="5 3"
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
