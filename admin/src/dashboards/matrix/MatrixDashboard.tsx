import { Box, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { CreateButton, Title, useTranslate } from 'react-admin';
import { organizationTimeZone } from '../../auth/session';
import { useGatewayQuery } from '../../data/useGatewayQuery';
import { enumValues } from '../../graphql/enums';
import { fromWallTime } from '../../time/zonedTime';
import { EmptyState } from '../../ui/EmptyState';
import { Panel } from '../../ui/Panel';
import { QueryState } from '../../ui/QueryState';
import { MatrixCellDialog } from './MatrixCellDialog';
import { MatrixHeatMap } from './MatrixHeatMap';
import {
  CAMPAIGN_MATRIX_QUERY,
  type CampaignMatrix,
  cellsForOutcome,
  type MatrixCell,
  type MatrixMeasure,
  matrixMeasures,
} from './matrixQuery';

function dayStart(day: string): string | null {
  return day === '' ? null : fromWallTime(`${day}T00:00`, organizationTimeZone());
}

/** Shows the Interaction × Ecosystem matrix as a heat map, filtered by outcome and period. */
export function MatrixDashboard() {
  const translate = useTranslate();
  const [outcome, setOutcome] = useState<string>('ALL');
  const [measure, setMeasure] = useState<MatrixMeasure>('campaignCount');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [open, setOpen] = useState<MatrixCell | null>(null);
  const filter = { from: dayStart(from), to: dayStart(to) };
  const query = useGatewayQuery<{ campaignMatrix: CampaignMatrix }>(['matrix'], CAMPAIGN_MATRIX_QUERY, { filter });

  return (
    <Box sx={{ mt: 2 }} data-testid="matrix-dashboard">
      <Title title={translate('alg.menu.matrix')} />
      <Panel title="alg.matrix.title" subheader="alg.matrix.subtitle">
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
          <TextField
            select
            fullWidth={false}
            size="small"
            label={translate('alg.matrix.outcome')}
            value={outcome}
            onChange={(event) => setOutcome(event.target.value)}
            sx={{ minWidth: 220 }}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'matrix-outcome' } as object } }}
          >
            <MenuItem value="ALL">{translate('alg.matrix.all_outcomes')}</MenuItem>
            {enumValues.CampaignOutcome.map((value) => (
              <MenuItem key={value} value={value}>
                {translate(`alg.enums.CampaignOutcome.${value}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            fullWidth={false}
            size="small"
            label={translate('alg.matrix.measure')}
            value={measure}
            onChange={(event) => setMeasure(event.target.value as MatrixMeasure)}
            sx={{ minWidth: 200 }}
          >
            {matrixMeasures.map((value) => (
              <MenuItem key={value} value={value}>
                {translate(`alg.matrix.measures.${value}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            type="date"
            fullWidth={false}
            size="small"
            label={translate('alg.matrix.from')}
            value={from}
            onChange={(event) => setFrom(event.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            type="date"
            fullWidth={false}
            size="small"
            label={translate('alg.matrix.to')}
            value={to}
            onChange={(event) => setTo(event.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
            helperText={translate('alg.inputs.time_zone', { zone: organizationTimeZone() })}
          />
        </Box>
        <QueryState query={query} unavailableTitle="alg.matrix.unavailable">
          {({ campaignMatrix }) =>
            campaignMatrix.campaignCount === 0 ? (
              <EmptyState
                title="alg.matrix.empty"
                hint="alg.matrix.empty_hint"
                actions={<CreateButton resource="campaigns" variant="contained" />}
              />
            ) : (
              <MatrixHeatMap
                interactionKinds={campaignMatrix.interactionKinds}
                ecosystemKinds={campaignMatrix.ecosystemKinds}
                cells={cellsForOutcome(campaignMatrix.cells, outcome)}
                measure={measure}
                onOpen={setOpen}
              />
            )
          }
        </QueryState>
      </Panel>
      <MatrixCellDialog cell={open} onClose={() => setOpen(null)} />
    </Box>
  );
}
