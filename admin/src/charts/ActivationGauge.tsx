import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormat } from '../fields/useFormat';

export interface ActivationGaugeProps {
  /** Activated divided by invited, null before anyone was invited. */
  rate: number | null;
  target: number;
}

/**
 * Draws the activation rate as a bar against the campaign's target, marked
 * on the same scale. The bar runs to twice the target, or to 100 %.
 */
export function ActivationGauge({ rate, target }: ActivationGaugeProps) {
  const translate = useTranslate();
  const format = useFormat();
  const scale = Math.min(1, Math.max(target * 2, rate ?? 0, 0.01));
  const met = rate !== null && rate >= target;
  const width = rate === null ? 0 : Math.min(100, (rate / scale) * 100);
  const marker = Math.min(100, (target / scale) * 100);
  const label = translate(rate === null ? 'alg.charts.activation_none' : 'alg.charts.activation_description', {
    rate: rate === null ? '' : format.percent(rate),
    target: format.percent(target),
  });
  return (
    <Box data-testid="activation-gauge">
      <Box
        role="meter"
        aria-valuemin={0}
        aria-valuemax={scale * 100}
        aria-valuenow={rate === null ? 0 : rate * 100}
        aria-label={label}
        sx={{ position: 'relative', height: 22, bgcolor: 'grey.200', borderRadius: 1, overflow: 'hidden' }}
      >
        <Box sx={{ width: `${width}%`, height: '100%', bgcolor: met ? 'success.main' : 'warning.main' }} />
        <Box
          sx={{ position: 'absolute', top: 0, bottom: 0, left: `${marker}%`, width: 3, bgcolor: 'text.primary' }}
          title={translate('alg.charts.target_marker', { target: format.percent(target) })}
        />
      </Box>
      <Typography variant="body2" sx={{ mt: 1 }}>
        {label}
      </Typography>
    </Box>
  );
}
