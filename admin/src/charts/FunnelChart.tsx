import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { useFormat } from '../fields/useFormat';
import { ChartFigure } from './ChartFigure';
import { seriesColors } from './palette';

/** One step of a funnel: its translation key and its count. */
export interface FunnelStep {
  label: string;
  value: number;
}

const stepColors = [
  seriesColors.blue,
  seriesColors.sky,
  seriesColors.green,
  seriesColors.orange,
  seriesColors.vermilion,
];

/**
 * Draws a horizontal funnel: one bar per step, labelled with the count and the
 * share of the step before it.
 */
export function FunnelChart({ steps, testId }: { steps: FunnelStep[]; testId?: string }) {
  const translate = useTranslate();
  const format = useFormat();
  const rows = steps.map((step, index) => {
    const previous = index > 0 ? steps[index - 1]!.value : null;
    const ratio = previous ? step.value / previous : null;
    return {
      name: translate(step.label),
      value: step.value,
      caption: ratio === null ? format.count(step.value) : `${format.count(step.value)} · ${format.percent(ratio)}`,
      ratio,
    };
  });
  const description = translate('alg.charts.funnel_description', {
    steps: rows.map((row) => `${row.name} ${format.count(row.value)}`).join(', '),
  });
  return (
    <ChartFigure
      description={description}
      height={56 * steps.length + 24}
      testId={testId}
      table={{
        columns: [translate('alg.charts.step'), translate('alg.charts.count'), translate('alg.charts.of_previous')],
        rows: rows.map((row) => [
          row.name,
          format.count(row.value),
          row.ratio === null ? '—' : format.percent(row.ratio),
        ]),
      }}
    >
      <ResponsiveContainer>
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 96, top: 8, bottom: 8 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" tickFormatter={(value: number) => format.compact(value)} />
          <YAxis type="category" dataKey="name" width={110} />
          <Tooltip formatter={(value) => format.count(Number(value))} />
          <Bar dataKey="value" isAnimationActive={false} name={translate('alg.charts.count')}>
            {rows.map((row, index) => (
              <Cell key={row.name} fill={stepColors[index % stepColors.length]} />
            ))}
            <LabelList dataKey="caption" position="right" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
