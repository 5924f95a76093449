import { Paper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface KpiTileProps {
  /** Translation key of the figure's name. */
  label: string;
  /** The figure, already formatted for the locale. */
  value: string;
  /** Formatted comparison under the figure, such as "target 20 %". */
  detail?: string;
  tone?: 'good' | 'bad' | 'neutral';
  testId?: string;
}

const toneColors = { good: 'success.main', bad: 'warning.main', neutral: 'text.primary' } as const;

/** Shows one headline figure of a dashboard. */
export function KpiTile({ label, value, detail, tone = 'neutral', testId }: KpiTileProps) {
  const translate = useTranslate();
  const color = toneColors[tone];
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-testid={testId}>
      <Typography variant="caption" color="text.secondary" component="p">
        {translate(label)}
      </Typography>
      <Typography variant="h5" component="p" sx={{ color }}>
        {value}
      </Typography>
      {detail ? (
        <Typography variant="caption" color="text.secondary" component="p">
          {detail}
        </Typography>
      ) : null}
    </Paper>
  );
}

/** A responsive row of KPI tiles. */
export const kpiGridSx = {
  display: 'grid',
  gap: 1.5,
  gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))',
} as const;
