import { LinearProgress, List, ListItem, ListItemText, Box } from '@mui/material';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import { useGatewayQuery } from '../../data/useGatewayQuery';
import { personName } from '../../fields/PersonNameField';
import { useFormat } from '../../fields/useFormat';
import type { PersonRef } from '../../graphql/types';
import { EmptyState } from '../../ui/EmptyState';
import { QueryState } from '../../ui/QueryState';
import { BadgeChips } from './BadgeChips';
import type { EarnedBadge } from './leaderboardQuery';

const TOP_ADVOCATES_QUERY = `query TopAdvocates($first: Int!) {
  topAdvocates(first: $first) {
    score scoreRank points
    level { name }
    badges { code name description earnedAt }
    participant { id email firstName lastName }
  }
}`;

interface TopAdvocate {
  score: number;
  scoreRank: number;
  points: number;
  level: { name: string };
  badges: EarnedBadge[];
  participant: PersonRef;
}

/** Lists the organization's advocates by their 0 to 100 score, with level and badges. */
export function TopAdvocatesPanel() {
  const translate = useTranslate();
  const format = useFormat();
  const createPath = useCreatePath();
  const query = useGatewayQuery<{ topAdvocates: TopAdvocate[] }>(['top-advocates'], TOP_ADVOCATES_QUERY, { first: 10 });
  return (
    <QueryState query={query} unavailableTitle="alg.leaderboards.top_unavailable">
      {(data) =>
        data.topAdvocates.length === 0 ? (
          <EmptyState title="alg.leaderboards.empty" hint="alg.leaderboards.empty_hint" />
        ) : (
          <List dense data-testid="top-advocates">
            {data.topAdvocates.map((advocate) => (
              <ListItem key={advocate.participant.id} disableGutters>
                <ListItemText
                  primary={
                    <Link to={createPath({ resource: 'participants', id: advocate.participant.id, type: 'show' })}>
                      {`${format.count(advocate.scoreRank)}. ${personName(advocate.participant) || advocate.participant.email}`}
                    </Link>
                  }
                  secondary={
                    <Box component="span" sx={{ display: 'block' }}>
                      {translate('alg.leaderboards.score_line', {
                        score: format.decimal(advocate.score),
                        level: advocate.level.name,
                        points: format.decimal(advocate.points, 2),
                      })}
                      <LinearProgress variant="determinate" value={advocate.score} sx={{ my: 0.5 }} aria-hidden />
                      <BadgeChips badges={advocate.badges} />
                    </Box>
                  }
                  slotProps={{ secondary: { component: 'div' } }}
                />
              </ListItem>
            ))}
          </List>
        )
      }
    </QueryState>
  );
}
