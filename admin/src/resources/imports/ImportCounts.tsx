import { Box } from '@mui/material';
import { useFormat } from '../../fields/useFormat';
import { KpiTile, kpiGridSx } from '../../ui/KpiTile';

export interface ImportCountsProps {
  rowCount: number;
  createdCount: number;
  mergedCount: number;
  rejectedCount: number;
  skippedCount: number;
}

/** Shows the per-row outcome counts of an import. */
export function ImportCounts(props: ImportCountsProps) {
  const format = useFormat();
  return (
    <Box sx={kpiGridSx} data-testid="import-counts">
      <KpiTile label="alg.imports.rows" value={format.count(props.rowCount)} testId="import-rows" />
      <KpiTile
        label="alg.imports.created"
        value={format.count(props.createdCount)}
        tone="good"
        testId="import-created"
      />
      <KpiTile label="alg.imports.merged" value={format.count(props.mergedCount)} testId="import-merged" />
      <KpiTile
        label="alg.imports.rejected"
        value={format.count(props.rejectedCount)}
        tone={props.rejectedCount > 0 ? 'bad' : 'neutral'}
        testId="import-rejected"
      />
      <KpiTile label="alg.imports.skipped" value={format.count(props.skippedCount)} testId="import-skipped" />
    </Box>
  );
}
