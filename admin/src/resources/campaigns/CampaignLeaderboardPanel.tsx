import { Box, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import { formatCount } from '../../fields/format';
import { personName } from '../../fields/PersonNameField';
import { ExtensionUnavailable } from './ExtensionUnavailable';
import { useCampaignExtension } from './useCampaignExtension';

/** Number of advocates that the show view lists. */
const LEADERBOARD_SIZE = 10;

/**
 * Campaign.leaderboard from the scoring subgraph. Until that subgraph serves
 * the field, the query fails and the panel shows an inline notice instead.
 */
export function CampaignLeaderboardPanel() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const { data, error, isPending, refetch } = useCampaignExtension('leaderboard', (dataProvider, id, signal) =>
    dataProvider.getCampaignLeaderboard(id, LEADERBOARD_SIZE, { signal }),
  );

  if (error !== null) {
    return (
      <Box sx={{ p: 2 }}>
        <ExtensionUnavailable title="alg.campaigns.leaderboard.unavailable" error={error} onRetry={() => refetch()} />
      </Box>
    );
  }
  if (isPending) {
    return <LinearProgress aria-label={translate('alg.campaigns.leaderboard.loading')} />;
  }
  if (data.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
        {translate('alg.campaigns.leaderboard.empty')}
      </Typography>
    );
  }

  return (
    <Table size="small" data-testid="campaign-leaderboard">
      <TableHead>
        <TableRow>
          <TableCell>{translate('alg.campaigns.leaderboard.fields.rank')}</TableCell>
          <TableCell>{translate('alg.campaigns.leaderboard.fields.name')}</TableCell>
          <TableCell>{translate('alg.campaigns.leaderboard.fields.email')}</TableCell>
          <TableCell align="right">{translate('alg.campaigns.leaderboard.fields.points')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {data.map((entry) => (
          <TableRow key={entry.participant.id}>
            <TableCell>{formatCount(entry.rank, locale)}</TableCell>
            <TableCell>
              <Link to={createPath({ resource: 'participants', id: entry.participant.id, type: 'show' })}>
                {personName(entry.participant) || entry.participant.email}
              </Link>
            </TableCell>
            <TableCell>{entry.participant.email}</TableCell>
            <TableCell align="right">{formatCount(entry.points, locale)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
