import { Box, ButtonBase, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { heatColor } from '../../charts/palette';
import { useFormat } from '../../fields/useFormat';
import type { MatrixCell, MatrixMeasure } from './matrixQuery';

export interface MatrixHeatMapProps {
  interactionKinds: readonly string[];
  ecosystemKinds: readonly string[];
  cells: ReadonlyMap<string, MatrixCell>;
  measure: MatrixMeasure;
  onOpen: (cell: MatrixCell) => void;
}

/**
 * Draws the Interaction × Ecosystem grid as a table whose cells are shaded
 * by the chosen figure. A cell with campaigns is a button that opens them,
 * so the map works from the keyboard, and each cell names its figures.
 */
export function MatrixHeatMap({ interactionKinds, ecosystemKinds, cells, measure, onOpen }: MatrixHeatMapProps) {
  const translate = useTranslate();
  const format = useFormat();
  const max = Math.max(1, ...[...cells.values()].map((cell) => cell[measure]));
  const measureLabel = translate(`alg.matrix.measures.${measure}`);
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table
        size="small"
        data-testid="matrix-heat-map"
        aria-label={translate('alg.matrix.table_label', { measure: measureLabel })}
      >
        <TableHead>
          <TableRow>
            <TableCell>{translate('alg.matrix.interaction_by_ecosystem')}</TableCell>
            {ecosystemKinds.map((kind) => (
              <TableCell key={kind} align="center" sx={{ minWidth: 110 }}>
                {translate(`alg.enums.EcosystemKind.${kind}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {interactionKinds.map((interactionKind) => (
            <TableRow key={interactionKind}>
              <TableCell component="th" scope="row">
                {translate(`alg.enums.InteractionKind.${interactionKind}`)}
              </TableCell>
              {ecosystemKinds.map((ecosystemKind) => {
                const cell = cells.get(`${interactionKind}|${ecosystemKind}`);
                const value = cell?.[measure] ?? 0;
                const intensity = value / max;
                const label = translate('alg.matrix.cell_label', {
                  interaction: translate(`alg.enums.InteractionKind.${interactionKind}`),
                  ecosystem: translate(`alg.enums.EcosystemKind.${ecosystemKind}`),
                  campaigns: cell?.campaignCount ?? 0,
                  measure: measureLabel,
                  value: format.count(value),
                });
                return (
                  <TableCell key={ecosystemKind} align="center" sx={{ p: 0.5 }}>
                    {cell && cell.campaignCount > 0 ? (
                      <ButtonBase
                        onClick={() => onOpen(cell)}
                        aria-label={label}
                        data-testid={`matrix-cell-${interactionKind}-${ecosystemKind}`}
                        sx={{
                          width: '100%',
                          minHeight: 48,
                          borderRadius: 1,
                          bgcolor: heatColor(0.15 + 0.85 * intensity),
                          color: intensity > 0.55 ? 'common.white' : 'text.primary',
                          flexDirection: 'column',
                          '&:focus-visible': { outline: '3px solid', outlineColor: 'secondary.main' },
                        }}
                      >
                        <Typography variant="subtitle1" component="span">
                          {format.count(value)}
                        </Typography>
                        {measure === 'campaignCount' ? null : (
                          <Typography variant="caption" component="span">
                            {translate('alg.matrix.campaigns_count', { smart_count: cell.campaignCount })}
                          </Typography>
                        )}
                      </ButtonBase>
                    ) : (
                      <Box aria-label={label} role="img" sx={{ minHeight: 48, borderRadius: 1, bgcolor: 'grey.100' }} />
                    )}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 1 }} aria-hidden>
        <Typography variant="caption">{format.count(0)}</Typography>
        <Box
          sx={{
            flex: '0 0 160px',
            height: 10,
            borderRadius: 1,
            background: `linear-gradient(90deg, ${heatColor(0.15)}, ${heatColor(1)})`,
          }}
        />
        <Typography variant="caption">{format.count(max)}</Typography>
        <Typography variant="caption" color="text.secondary">
          {measureLabel}
        </Typography>
      </Box>
    </Box>
  );
}
