import { Box, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import { personName } from '../../fields/PersonNameField';
import { useFormat } from '../../fields/useFormat';
import { BadgeChips } from './BadgeChips';
import type { LeaderboardRow } from './leaderboardQuery';

/** Ranked advocates with their points, activity, level and badges. */
export function LeaderboardTable({ rows }: { rows: readonly LeaderboardRow[] }) {
  const translate = useTranslate();
  const format = useFormat();
  const createPath = useCreatePath();
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="leaderboard-table">
        <TableHead>
          <TableRow>
            <TableCell>{translate('alg.leaderboards.rank')}</TableCell>
            <TableCell>{translate('alg.leaderboards.advocate')}</TableCell>
            <TableCell align="right">{translate('alg.leaderboards.points')}</TableCell>
            <TableCell align="right">{translate('alg.metrics.shares')}</TableCell>
            <TableCell align="right">{translate('alg.metrics.uniqueClicks')}</TableCell>
            <TableCell align="right">{translate('alg.metrics.conversions')}</TableCell>
            <TableCell>{translate('alg.leaderboards.level')}</TableCell>
            <TableCell>{translate('alg.leaderboards.badges')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.cursor}>
              <TableCell>{format.count(row.rank)}</TableCell>
              <TableCell>
                <Link to={createPath({ resource: 'participants', id: row.participant.id, type: 'show' })}>
                  {personName(row.participant) || row.participant.email}
                </Link>
              </TableCell>
              <TableCell align="right">{format.decimal(row.points, 2)}</TableCell>
              <TableCell align="right">{format.count(row.shares)}</TableCell>
              <TableCell align="right">{format.count(row.uniqueClicks)}</TableCell>
              <TableCell align="right">{format.count(row.conversions)}</TableCell>
              <TableCell>{row.participant.score?.level?.name ?? translate('alg.common.none')}</TableCell>
              <TableCell>
                <BadgeChips badges={row.participant.score?.badges ?? []} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
