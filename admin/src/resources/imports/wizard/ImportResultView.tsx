import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, LinkBase, useCreatePath, useTranslate } from 'react-admin';
import { useFormat } from '../../../fields/useFormat';
import type { Delimiter } from '../../../imports/csvTable';
import { rejectedRowsFromFile, rejectedRowsSummary } from '../../../imports/rejectedRows';
import { downloadText } from '../../../ui/download';
import { ImportCounts } from '../ImportCounts';
import type { ImportResult } from '../importQueries';

export interface ImportResultViewProps {
  result: ImportResult;
  file: { name: string; blob: Blob };
  format: 'CSV' | 'JSON';
  delimiter: Delimiter | null;
  headerLine: number;
}

/** Shows the outcome of an import: counts, the rejected rows with reasons, and those rows to download and fix. */
export function ImportResultView({ result, file, format: fileFormat, delimiter, headerLine }: ImportResultViewProps) {
  const translate = useTranslate();
  const format = useFormat();
  const createPath = useCreatePath();
  const base = file.name.replace(/\.[^.]+$/, '');

  // The file is read again here, as the preview read only its start.
  const download = async () => {
    const csv =
      fileFormat === 'CSV' && delimiter !== null
        ? rejectedRowsFromFile(
            await file.blob.text(),
            delimiter,
            headerLine,
            result.rejectedRows,
            translate('alg.imports.reason'),
          )
        : rejectedRowsSummary(result.rejectedRows, {
            record: translate('alg.imports.record'),
            line: translate('alg.imports.line'),
            reason: translate('alg.imports.reason'),
          });
    downloadText(csv, `${base}-rejected.csv`, 'text/csv');
  };

  return (
    <Box sx={{ display: 'grid', gap: 2 }} data-testid="import-result">
      {result.status === 'failed' ? (
        <Alert severity="error" role="alert">
          {translate('alg.imports.failed', { error: result.error ?? '' })}
        </Alert>
      ) : (
        <Alert severity={result.rejectedCount > 0 ? 'warning' : 'success'}>
          {translate('alg.imports.wizard.done', {
            rows: format.count(result.rowCount),
            created: format.count(result.createdCount),
            merged: format.count(result.mergedCount),
            rejected: format.count(result.rejectedCount),
          })}
        </Alert>
      )}
      {result.previousImport ? (
        <Alert severity="info">
          {translate('alg.imports.same_file', { date: format.dateTime(result.previousImport.startedAt) })}
        </Alert>
      ) : null}
      <ImportCounts {...result} />
      {result.rejectedRows.length > 0 ? (
        <>
          <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
            <Typography variant="subtitle1" component="h3">
              {translate('alg.imports.wizard.rejected_title')}
            </Typography>
            <Button
              startIcon={<DownloadIcon />}
              variant="outlined"
              onClick={() => void download()}
              data-testid="download-rejected"
            >
              {translate('alg.imports.download_rejected')}
            </Button>
          </Box>
          <Table size="small" data-testid="rejected-rows">
            <TableHead>
              <TableRow>
                <TableCell>{translate('alg.imports.record')}</TableCell>
                <TableCell>{translate('alg.imports.line')}</TableCell>
                <TableCell>{translate('alg.imports.reason')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {result.rejectedRows.slice(0, 100).map((row) => (
                <TableRow key={row.record}>
                  <TableCell>{format.count(row.record)}</TableCell>
                  <TableCell>{format.count(row.line)}</TableCell>
                  <TableCell>{row.reason}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      ) : null}
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button
          component={LinkBase}
          to={createPath({ resource: 'imports', id: result.id, type: 'show' })}
          variant="contained"
        >
          {translate('alg.imports.wizard.open_import')}
        </Button>
        <Link to="/participants">{translate('alg.imports.wizard.open_participants')}</Link>
      </Box>
    </Box>
  );
}
