import { useRecordContext } from 'react-admin';
import { LeaderboardView } from '../../dashboards/leaderboards/LeaderboardView';
import type { Ecosystem } from '../../graphql/types';

/** Shows the leaderboard of the advocates in the ecosystem's campaigns. */
export function EcosystemLeaderboardPanel() {
  const record = useRecordContext<Ecosystem>();
  return record ? (
    <LeaderboardView
      scope={{ kind: 'ecosystem', ecosystemId: record.id }}
      fileName={`leaderboard-ecosystem-${record.id}`}
    />
  ) : null;
}
