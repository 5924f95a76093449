import MilitaryTechIcon from '@mui/icons-material/MilitaryTech';
import { Chip, Stack, Tooltip } from '@mui/material';
import { useFormat } from '../../fields/useFormat';
import { useTranslate } from 'react-admin';
import type { EarnedBadge } from './leaderboardQuery';

/** Shows an advocate's badges as chips, each with what earned it and when. */
export function BadgeChips({ badges }: { badges: readonly EarnedBadge[] }) {
  const translate = useTranslate();
  const format = useFormat();
  if (badges.length === 0) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="badges">
      {badges.map((badge) => (
        <Tooltip
          key={`${badge.code}-${badge.earnedAt}`}
          title={translate('alg.leaderboards.badge_earned', {
            description: badge.description,
            date: format.date(badge.earnedAt),
          })}
        >
          <Chip
            size="small"
            icon={<MilitaryTechIcon />}
            label={badge.name}
            variant="outlined"
            color="secondary"
            tabIndex={0}
          />
        </Tooltip>
      ))}
    </Stack>
  );
}
