import { useInfiniteQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { ConsoleDataProvider } from '../../dataProvider/dataProvider';
import {
  LEADERBOARD_QUERY,
  leaderboardVariables,
  type LeaderboardData,
  type LeaderboardPeriod,
  type LeaderboardScope,
} from './leaderboardQuery';

export const LEADERBOARD_PAGE_SIZE = 25;

/**
 * Reads a leaderboard page by page with the entries' cursors, as the
 * scoring subgraph pages it: each page continues after the last entry of
 * the one before, so ranks stay consistent while points change.
 */
export function usePagedLeaderboard(
  scope: LeaderboardScope,
  period: LeaderboardPeriod,
  periodContaining: string | null,
) {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const variables = leaderboardVariables(scope, period, periodContaining);
  return useInfiniteQuery({
    queryKey: ['gateway', 'leaderboard', variables],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      dataProvider.query<LeaderboardData>(
        LEADERBOARD_QUERY,
        { ...variables, first: LEADERBOARD_PAGE_SIZE, after: pageParam },
        { signal },
      ),
    getNextPageParam: (last) =>
      last.leaderboard.length === LEADERBOARD_PAGE_SIZE ? (last.leaderboard.at(-1)?.cursor ?? null) : null,
    retry: false,
  });
}
