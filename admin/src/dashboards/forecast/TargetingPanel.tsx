import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import { useGatewayQuery } from '../../data/useGatewayQuery';
import { personName } from '../../fields/PersonNameField';
import { useFormat } from '../../fields/useFormat';
import { EmptyState } from '../../ui/EmptyState';
import { QueryState } from '../../ui/QueryState';
import { TARGETS_QUERY, type TargetsData } from './forecastQueries';

/** Number of candidates the panel lists. */
const CANDIDATES = 20;

/**
 * Whom to invite to a planned campaign: the members of its ecosystem by
 * expected points, with the reasons, and who is left out and why.
 */
export function TargetingPanel({ ecosystemId, interactionKind }: { ecosystemId: string; interactionKind: string }) {
  const translate = useTranslate();
  const format = useFormat();
  const createPath = useCreatePath();
  const input = { ecosystemId, interactionKind, first: CANDIDATES };
  const query = useGatewayQuery<TargetsData>(['targets', ecosystemId, interactionKind], TARGETS_QUERY, { input });
  return (
    <QueryState query={query} unavailableTitle="alg.forecast.targets_unavailable">
      {({ activationTargets: targets }) => (
        <Box data-testid="targeting-panel">
          <Typography variant="body2" sx={{ mb: 1 }}>
            {translate('alg.forecast.eligible', {
              eligible: format.count(targets.eligible),
              excluded: format.count(targets.excluded.length),
              activation: format.percent(targets.priors.activation.mean),
            })}
          </Typography>
          {targets.candidates.length === 0 ? (
            <EmptyState title="alg.forecast.no_candidates" hint="alg.forecast.no_candidates_hint" />
          ) : (
            <Box sx={{ overflowX: 'auto' }}>
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('alg.leaderboards.rank')}</TableCell>
                    <TableCell>{translate('alg.forecast.participant')}</TableCell>
                    <TableCell align="right">{translate('alg.forecast.expected_points')}</TableCell>
                    <TableCell align="right">{translate('alg.forecast.activation_probability')}</TableCell>
                    <TableCell align="right">{translate('alg.forecast.expected_clicks')}</TableCell>
                    <TableCell>{translate('alg.forecast.reasons')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {targets.candidates.map((candidate) => (
                    <TableRow key={candidate.participant.id}>
                      <TableCell>{format.count(candidate.rank)}</TableCell>
                      <TableCell>
                        <Link to={createPath({ resource: 'participants', id: candidate.participant.id, type: 'show' })}>
                          {personName(candidate.participant) || candidate.participant.email}
                        </Link>
                      </TableCell>
                      <TableCell align="right">{format.decimal(candidate.expectedPoints)}</TableCell>
                      <TableCell align="right">{format.percent(candidate.activationProbability)}</TableCell>
                      <TableCell align="right">{format.decimal(candidate.expectedClicks)}</TableCell>
                      <TableCell>
                        <Box component="ul" sx={{ m: 0, pl: 2, typography: 'caption' }}>
                          {candidate.reasons.map((reason) => (
                            <li key={reason}>{reason}</li>
                          ))}
                        </Box>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          )}
          {targets.excluded.length > 0 ? (
            <Box sx={{ mt: 2 }}>
              <Typography variant="subtitle2" component="h3">
                {translate('alg.forecast.excluded')}
              </Typography>
              <ul>
                {targets.excluded.slice(0, 20).map((exclusion) => (
                  <li key={exclusion.participant.id}>
                    {`${personName(exclusion.participant) || exclusion.participant.email}: ${translate(`alg.enums.TargetExclusionReason.${exclusion.reason}`)} (${exclusion.detail})`}
                  </li>
                ))}
              </ul>
            </Box>
          ) : null}
        </Box>
      )}
    </QueryState>
  );
}
