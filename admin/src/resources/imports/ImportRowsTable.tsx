import DownloadIcon from '@mui/icons-material/Download';
import { Box, Button, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField } from '@mui/material';
import { useState } from 'react';
import { Link, useCreatePath, useDataProvider, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../../dataProvider/dataProvider';
import { useGatewayQuery } from '../../data/useGatewayQuery';
import { useNotifyError } from '../../errors/useNotifyError';
import { useFormat } from '../../fields/useFormat';
import { enumValues } from '../../graphql/enums';
import { rejectedRowsSummary } from '../../imports/rejectedRows';
import { downloadText } from '../../ui/download';
import { EmptyState } from '../../ui/EmptyState';
import { QueryState } from '../../ui/QueryState';
import { IMPORT_ROWS, type ImportRowsData } from './importQueries';

const PAGE = 50;
/** Largest page the rows connection serves, used when downloading. */
const DOWNLOAD_PAGE = 1000;

/** Reads every rejected row of an import, page by page, for the download. */
async function allRejected(dataProvider: ConsoleDataProvider, id: string) {
  const rows: Array<{ record: number; line: number; reason: string }> = [];
  let after: string | null = null;
  do {
    const data: ImportRowsData = await dataProvider.query<ImportRowsData>(IMPORT_ROWS, {
      id,
      first: DOWNLOAD_PAGE,
      after,
      outcomes: ['REJECTED'],
    });
    const page = data.participantImport.rows;
    rows.push(...page.nodes.map((row) => ({ record: row.record, line: row.line, reason: row.reason ?? '' })));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null);
  return rows;
}

/** Lists the per-row results of an import, filtered by outcome and paged with cursors, with the rejected rows to download. */
export function ImportRowsTable({ importId, fileName }: { importId: string; fileName: string | null }) {
  const translate = useTranslate();
  const format = useFormat();
  const createPath = useCreatePath();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notifyError = useNotifyError();
  const [outcome, setOutcome] = useState<string>('ALL');
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors.at(-1) ?? null;
  const query = useGatewayQuery<ImportRowsData>(['import-rows', importId, outcome, after], IMPORT_ROWS, {
    id: importId,
    first: PAGE,
    after,
    outcomes: outcome === 'ALL' ? null : [outcome],
  });

  const download = async () => {
    try {
      const rows = await allRejected(dataProvider, importId);
      const csv = rejectedRowsSummary(rows, {
        record: translate('alg.imports.record'),
        line: translate('alg.imports.line'),
        reason: translate('alg.imports.reason'),
      });
      downloadText(csv, `${(fileName ?? 'import').replace(/\.[^.]+$/, '')}-rejected.csv`, 'text/csv');
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Box sx={{ width: '100%' }} data-testid="import-rows-table">
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
        <TextField
          select
          fullWidth={false}
          size="small"
          label={translate('alg.imports.outcome')}
          value={outcome}
          onChange={(event) => {
            setOutcome(event.target.value);
            setCursors([null]);
          }}
          sx={{ minWidth: 180 }}
        >
          <MenuItem value="ALL">{translate('alg.imports.all_outcomes')}</MenuItem>
          {enumValues.ImportRowOutcome.map((value) => (
            <MenuItem key={value} value={value}>
              {translate(`alg.enums.ImportRowOutcome.${value}`)}
            </MenuItem>
          ))}
        </TextField>
        <Button startIcon={<DownloadIcon />} onClick={download}>
          {translate('alg.imports.download_rejected')}
        </Button>
      </Box>
      <QueryState query={query} unavailableTitle="alg.imports.rows_unavailable">
        {({ participantImport: { rows } }) =>
          rows.nodes.length === 0 ? (
            <EmptyState title="alg.imports.no_rows" hint="alg.imports.no_rows_hint" />
          ) : (
            <>
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('alg.imports.record')}</TableCell>
                    <TableCell>{translate('alg.imports.line')}</TableCell>
                    <TableCell>{translate('alg.imports.outcome')}</TableCell>
                    <TableCell>{translate('alg.imports.participant')}</TableCell>
                    <TableCell>{translate('alg.imports.reason')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {rows.nodes.map((row) => (
                    <TableRow key={row.record}>
                      <TableCell>{format.count(row.record)}</TableCell>
                      <TableCell>{format.count(row.line)}</TableCell>
                      <TableCell>{translate(`alg.enums.ImportRowOutcome.${row.outcome}`)}</TableCell>
                      <TableCell>
                        {row.participantId ? (
                          <Link to={createPath({ resource: 'participants', id: row.participantId, type: 'show' })}>
                            {translate('alg.imports.open_participant')}
                          </Link>
                        ) : (
                          translate('alg.common.none')
                        )}
                      </TableCell>
                      <TableCell>{row.reason ?? ''}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mt: 1 }}>
                <Button disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
                  {translate('ra.navigation.previous')}
                </Button>
                <span>{translate('alg.imports.rows_total', { count: format.count(rows.totalCount) })}</span>
                <Button
                  disabled={!rows.pageInfo.hasNextPage}
                  onClick={() => setCursors([...cursors, rows.pageInfo.endCursor])}
                >
                  {translate('ra.navigation.next')}
                </Button>
              </Box>
            </>
          )
        }
      </QueryState>
    </Box>
  );
}
