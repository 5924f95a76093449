import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormat } from '../../fields/useFormat';
import type { ForecastComparison, ForecastValue } from './forecastQueries';

/**
 * Draws one forecast metric on its own scale: the interval as a band, the
 * expected value as a tick and, once known, the actual value as a dot,
 * green inside the interval and orange outside it.
 */
function IntervalRow({ value }: { value: ForecastValue & Partial<ForecastComparison> }) {
  const translate = useTranslate();
  const format = useFormat();
  const hasActual = typeof value.actual === 'number';
  const max = Math.max(value.high, hasActual ? value.actual! : 0, value.expected, 1) * 1.1;
  const at = (figure: number) => `${Math.min(100, (figure / max) * 100)}%`;
  const label = translate(hasActual ? 'alg.forecast.row_with_actual' : 'alg.forecast.row', {
    metric: translate(`alg.enums.ForecastMetric.${value.metric}`),
    expected: format.decimal(value.expected),
    low: format.decimal(value.low),
    high: format.decimal(value.high),
    actual: hasActual ? format.decimal(value.actual!) : '',
  });
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '150px 1fr 220px', gap: 2, alignItems: 'center', py: 1 }}>
      <Typography variant="body2">{translate(`alg.enums.ForecastMetric.${value.metric}`)}</Typography>
      <Box
        role="img"
        aria-label={label}
        sx={{ position: 'relative', height: 20, bgcolor: 'grey.100', borderRadius: 1 }}
      >
        <Box
          sx={{
            position: 'absolute',
            top: 4,
            bottom: 4,
            left: at(value.low),
            width: `calc(${at(value.high)} - ${at(value.low)})`,
            bgcolor: 'primary.light',
            opacity: 0.6,
            borderRadius: 1,
          }}
        />
        <Box
          sx={{ position: 'absolute', top: 0, bottom: 0, left: at(value.expected), width: 3, bgcolor: 'primary.dark' }}
        />
        {hasActual ? (
          <Box
            sx={{
              position: 'absolute',
              top: 3,
              left: `calc(${at(value.actual!)} - 7px)`,
              width: 14,
              height: 14,
              borderRadius: '50%',
              bgcolor: value.withinInterval ? 'success.main' : 'warning.main',
              border: '2px solid white',
            }}
          />
        ) : null}
      </Box>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
    </Box>
  );
}

/** Forecast metrics, each with its interval, and the actual values when the campaign has them. */
export function IntervalStrip({
  values,
  testId,
}: {
  values: Array<ForecastValue & Partial<ForecastComparison>>;
  testId?: string;
}) {
  return (
    <Box data-testid={testId}>
      {values.map((value) => (
        <IntervalRow key={value.metric} value={value} />
      ))}
    </Box>
  );
}
