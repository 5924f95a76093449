import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import DownloadIcon from '@mui/icons-material/Download';
import { Box, Button, CircularProgress, IconButton, MenuItem, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../../dataProvider/dataProvider';
import { useNotifyError } from '../../errors/useNotifyError';
import { useFormat } from '../../fields/useFormat';
import { enumValues } from '../../graphql/enums';
import { downloadText } from '../../ui/download';
import { EmptyState } from '../../ui/EmptyState';
import { Unavailable } from '../../ui/Unavailable';
import {
  LEADERBOARD_CSV_QUERY,
  leaderboardVariables,
  type LeaderboardPeriod,
  type LeaderboardScope,
} from './leaderboardQuery';
import { LeaderboardTable } from './LeaderboardTable';
import { PointsChart } from './PointsChart';
import { usePagedLeaderboard } from './usePagedLeaderboard';

/** Moves an instant into the previous or the next period, given the current period's bounds. */
function neighbour(bounds: { start: string | null; end: string | null }, step: -1 | 1): string | null {
  if (bounds.start === null || bounds.end === null) return null;
  return step === 1 ? bounds.end : new Date(Date.parse(bounds.start) - 1).toISOString();
}

function PeriodControls(props: {
  period: LeaderboardPeriod;
  onPeriod: (period: LeaderboardPeriod) => void;
  bounds: { start: string | null; end: string | null } | undefined;
  onMove: (containing: string | null) => void;
}) {
  const translate = useTranslate();
  const format = useFormat();
  const { bounds } = props;
  const label =
    bounds?.start && bounds.end
      ? translate('alg.leaderboards.period_range', {
          start: format.date(bounds.start),
          end: format.date(new Date(Date.parse(bounds.end) - 1).toISOString()),
        })
      : translate('alg.enums.LeaderboardPeriod.ALL_TIME');
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      <TextField
        select
        fullWidth={false}
        size="small"
        label={translate('alg.leaderboards.period')}
        value={props.period}
        onChange={(event) => props.onPeriod(event.target.value as LeaderboardPeriod)}
        sx={{ minWidth: 160 }}
        slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'period-select' } as object } }}
      >
        {enumValues.LeaderboardPeriod.map((value) => (
          <MenuItem key={value} value={value}>
            {translate(`alg.enums.LeaderboardPeriod.${value}`)}
          </MenuItem>
        ))}
      </TextField>
      {props.period !== 'ALL_TIME' && bounds ? (
        <>
          <IconButton
            aria-label={translate('alg.leaderboards.previous_period')}
            onClick={() => props.onMove(neighbour(bounds, -1))}
          >
            <ChevronLeftIcon />
          </IconButton>
          <Typography variant="body2" data-testid="period-range">
            {label}
          </Typography>
          <IconButton
            aria-label={translate('alg.leaderboards.next_period')}
            onClick={() => props.onMove(neighbour(bounds, 1))}
          >
            <ChevronRightIcon />
          </IconButton>
        </>
      ) : null}
    </Box>
  );
}

/**
 * Shows a leaderboard for one scope with its period controls, the points chart,
 * the ranked table with badges, more entries on demand, and a CSV export.
 */
export function LeaderboardView({ scope, fileName }: { scope: LeaderboardScope; fileName: string }) {
  const translate = useTranslate();
  const notifyError = useNotifyError();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const [period, setPeriod] = useState<LeaderboardPeriod>('ALL_TIME');
  const [containing, setContaining] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const query = usePagedLeaderboard(scope, period, containing);
  const rows = query.data?.pages.flatMap((page) => page.leaderboard) ?? [];
  const bounds = query.data?.pages[0]?.leaderboardPeriod;

  const exportCsv = async () => {
    setExporting(true);
    try {
      const data = await dataProvider.query<{ csv: string }>(
        LEADERBOARD_CSV_QUERY,
        leaderboardVariables(scope, period, containing),
      );
      downloadText(data.csv, `${fileName}-${period.toLowerCase()}.csv`, 'text/csv');
    } catch (error) {
      notifyError(error);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Box data-testid="leaderboard-view">
      <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap', mb: 2 }}>
        <PeriodControls
          period={period}
          onPeriod={(value) => {
            setPeriod(value);
            setContaining(null);
          }}
          bounds={bounds}
          onMove={setContaining}
        />
        <Button
          startIcon={exporting ? <CircularProgress size={16} /> : <DownloadIcon />}
          onClick={exportCsv}
          disabled={exporting || rows.length === 0}
        >
          {translate('alg.leaderboards.export_csv')}
        </Button>
      </Box>
      {query.isPending ? (
        <Box role="status" sx={{ display: 'flex', gap: 1, alignItems: 'center', p: 2 }}>
          <CircularProgress size={20} />
          {translate('alg.leaderboards.loading')}
        </Box>
      ) : query.isError ? (
        <Unavailable title="alg.leaderboards.unavailable" error={query.error} onRetry={() => void query.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title="alg.leaderboards.empty" hint="alg.leaderboards.empty_hint" />
      ) : (
        <>
          <PointsChart rows={rows} />
          <LeaderboardTable rows={rows} />
          {query.hasNextPage ? (
            <Button onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage} sx={{ mt: 1 }}>
              {translate('alg.leaderboards.more')}
            </Button>
          ) : null}
        </>
      )}
    </Box>
  );
}
