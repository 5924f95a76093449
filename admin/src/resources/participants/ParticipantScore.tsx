import { Box, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useRecordContext, useTranslate } from 'react-admin';
import { ChartFigure } from '../../charts/ChartFigure';
import { seriesColors } from '../../charts/palette';
import { BadgeChips } from '../../dashboards/leaderboards/BadgeChips';
import type { EarnedBadge } from '../../dashboards/leaderboards/leaderboardQuery';
import { useGatewayQuery } from '../../data/useGatewayQuery';
import { useFormat } from '../../fields/useFormat';
import type { Participant } from '../../graphql/types';
import { EmptyState } from '../../ui/EmptyState';
import { KpiTile, kpiGridSx } from '../../ui/KpiTile';
import { QueryState } from '../../ui/QueryState';

const SCORE_QUERY = `query ParticipantScore($id: ID!) {
  participant(id: $id) {
    id
    score {
      points score rank scoreRank shares uniqueClicks conversions campaigns ecosystems activeMonths potentialReach
      components { component value organizationMax normalized weight contribution description }
      level { level name minPoints nextLevelName nextLevelMinPoints pointsToNext }
      badges { code name description earnedAt }
      ignored { previews bots selfClicks repeatClicks burstClicks selfReferrals uncreditedConversions }
    }
  }
}`;

interface ScoreComponent {
  component: string;
  value: number;
  organizationMax: number;
  normalized: number;
  weight: number;
  contribution: number;
  description: string;
}

interface AdvocateScore {
  points: number;
  score: number;
  rank: number;
  scoreRank: number;
  shares: number;
  uniqueClicks: number;
  conversions: number;
  campaigns: number;
  ecosystems: number;
  activeMonths: number;
  potentialReach: number;
  components: ScoreComponent[];
  level: {
    level: number;
    name: string;
    minPoints: number;
    nextLevelName: string | null;
    nextLevelMinPoints: number | null;
    pointsToNext: number | null;
  };
  badges: EarnedBadge[];
  ignored: Record<string, number>;
}

const componentColors: Record<string, string> = {
  ACTIVITY: seriesColors.blue,
  REACH: seriesColors.sky,
  IMPACT: seriesColors.green,
  CONSISTENCY: seriesColors.orange,
};

function ComponentsChart({ components, score }: { components: ScoreComponent[]; score: number }) {
  const translate = useTranslate();
  const format = useFormat();
  const row = Object.fromEntries([
    ['name', translate('alg.score.score')],
    ...components.map((entry) => [entry.component, entry.contribution]),
  ]);
  return (
    <ChartFigure
      description={translate('alg.score.components_description', {
        score: format.decimal(score),
        parts: components
          .map(
            (entry) =>
              `${translate(`alg.enums.ScoreComponentName.${entry.component}`)} ${format.decimal(entry.contribution)}`,
          )
          .join(', '),
      })}
      height={120}
      testId="score-components-chart"
      table={{
        columns: [
          translate('alg.score.component'),
          translate('alg.score.value'),
          translate('alg.score.organization_max'),
          translate('alg.score.weight'),
          translate('alg.score.contribution'),
        ],
        rows: components.map((entry) => [
          translate(`alg.enums.ScoreComponentName.${entry.component}`),
          format.decimal(entry.value, 2),
          format.decimal(entry.organizationMax, 2),
          format.percent(entry.weight),
          format.decimal(entry.contribution),
        ]),
      }}
    >
      <ResponsiveContainer>
        <BarChart data={[row]} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, 100]} />
          <YAxis type="category" dataKey="name" width={60} />
          <Tooltip formatter={(value) => format.decimal(Number(value))} />
          <Legend />
          {components.map((entry) => (
            <Bar
              key={entry.component}
              dataKey={entry.component}
              stackId="score"
              name={translate(`alg.enums.ScoreComponentName.${entry.component}`)}
              fill={componentColors[entry.component] ?? seriesColors.grey}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

function Score({ score }: { score: AdvocateScore }) {
  const translate = useTranslate();
  const format = useFormat();
  const levelProgress =
    score.level.nextLevelMinPoints === null
      ? 100
      : Math.min(
          100,
          ((score.points - score.level.minPoints) /
            Math.max(1, score.level.nextLevelMinPoints - score.level.minPoints)) *
            100,
        );
  return (
    <Box data-testid="participant-score" sx={{ width: '100%' }}>
      <Box sx={kpiGridSx}>
        <KpiTile
          label="alg.score.score"
          value={format.decimal(score.score)}
          detail={translate('alg.score.score_rank', { rank: score.scoreRank })}
          testId="kpi-score"
        />
        <KpiTile
          label="alg.leaderboards.points"
          value={format.decimal(score.points, 2)}
          detail={translate('alg.score.points_rank', { rank: score.rank })}
        />
        <KpiTile label="alg.metrics.shares" value={format.count(score.shares)} />
        <KpiTile label="alg.metrics.uniqueClicks" value={format.count(score.uniqueClicks)} />
        <KpiTile label="alg.metrics.conversions" value={format.count(score.conversions)} />
        <KpiTile label="alg.score.campaigns" value={format.count(score.campaigns)} />
      </Box>
      <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }}>
        {translate('alg.score.components')}
      </Typography>
      <ComponentsChart components={score.components} score={score.score} />
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('alg.score.component')}</TableCell>
            <TableCell>{translate('alg.score.meaning')}</TableCell>
            <TableCell align="right">{translate('alg.score.contribution')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {score.components.map((entry) => (
            <TableRow key={entry.component}>
              <TableCell>{translate(`alg.enums.ScoreComponentName.${entry.component}`)}</TableCell>
              <TableCell>{entry.description}</TableCell>
              <TableCell align="right">{format.decimal(entry.contribution)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }}>
        {translate('alg.score.level', { level: score.level.level, name: score.level.name })}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={levelProgress}
        sx={{ my: 1 }}
        aria-label={translate('alg.score.level_progress')}
      />
      <Typography variant="body2" color="text.secondary">
        {score.level.pointsToNext === null || score.level.nextLevelName === null
          ? translate('alg.score.top_level')
          : translate('alg.score.to_next', {
              points: format.decimal(score.level.pointsToNext, 2),
              name: score.level.nextLevelName,
            })}
      </Typography>
      <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }}>
        {translate('alg.leaderboards.badges')}
      </Typography>
      {score.badges.length > 0 ? (
        <BadgeChips badges={score.badges} />
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('alg.score.no_badges')}
        </Typography>
      )}
      <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }}>
        {translate('alg.score.ignored')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {Object.entries(score.ignored)
          .map(([key, count]) => `${translate(`alg.score.ignored_kinds.${key}`)}: ${format.count(count)}`)
          .join(' · ')}
      </Typography>
    </Box>
  );
}

/** Shows the participant's advocate score with its components, level, badges and the activity that earned nothing. */
export function ParticipantScore() {
  const record = useRecordContext<Participant>();
  const query = useGatewayQuery<{ participant: { score: AdvocateScore | null } }>(
    ['participant-score', record?.id],
    SCORE_QUERY,
    { id: record?.id },
    { enabled: record !== undefined },
  );
  return (
    <QueryState query={query} unavailableTitle="alg.score.unavailable">
      {(data) =>
        data.participant.score === null ? (
          <EmptyState title="alg.score.none" hint="alg.score.none_hint" />
        ) : (
          <Score score={data.participant.score} />
        )
      }
    </QueryState>
  );
}
