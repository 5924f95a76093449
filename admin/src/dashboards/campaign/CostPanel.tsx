import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormat } from '../../fields/useFormat';
import { KpiTile, kpiGridSx } from '../../ui/KpiTile';
import { Box } from '@mui/material';
import type { CampaignMetrics } from './campaignMetricsQuery';

/** Cost per registration, attendee and lead, with the credited conversions of each kind. */
export function CostPanel({ metrics }: { metrics: CampaignMetrics }) {
  const translate = useTranslate();
  const format = useFormat();
  const none = translate('alg.common.none');
  const money = (value: number | null) => (value === null ? none : format.money(value, metrics.currency));
  return (
    <Box>
      <Box sx={kpiGridSx}>
        <KpiTile label="alg.metrics.cost" value={format.money(metrics.cost, metrics.currency)} />
        <KpiTile
          label="alg.metrics.costPerRegistration"
          value={money(metrics.costPerRegistration)}
          testId="cost-per-registration"
        />
        <KpiTile label="alg.metrics.costPerAttendee" value={money(metrics.costPerAttendee)} />
        <KpiTile label="alg.metrics.costPerLead" value={money(metrics.costPerLead)} />
      </Box>
      {metrics.conversionsByKind.length > 0 ? (
        <Table size="small" sx={{ mt: 2 }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('alg.metrics.conversionKind')}</TableCell>
              <TableCell align="right">{translate('alg.metrics.conversions')}</TableCell>
              <TableCell align="right">{translate('alg.metrics.value')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {metrics.conversionsByKind.map((entry) => (
              <TableRow key={entry.kind}>
                <TableCell>{translate(`alg.enums.ConversionKind.${entry.kind}`)}</TableCell>
                <TableCell align="right">{format.count(entry.count)}</TableCell>
                <TableCell align="right">{format.money(entry.value, metrics.currency)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </Box>
  );
}
