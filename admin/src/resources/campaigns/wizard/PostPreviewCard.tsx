import { Box, Paper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormat } from '../../../fields/useFormat';
import { type Network, type PlaceholderValues, previewPost } from '../../../shareKit/postPreview';

export interface PostPreviewCardProps {
  network: Network;
  template: string;
  subject?: string | null;
  values: PlaceholderValues;
  index: number;
}

/**
 * Shows how one variant reads on its network for a sample advocate, with its
 * length as the network counts it and the network's limit. For X it also
 * gives the length with 20-character names, which the service checks.
 */
export function PostPreviewCard({ network, template, subject, values, index }: PostPreviewCardProps) {
  const translate = useTranslate();
  const format = useFormat();
  const preview = previewPost(network, template, values);
  const counter =
    preview.limit === null
      ? translate('alg.share_kit.count_no_limit', { count: format.count(preview.length) })
      : translate('alg.share_kit.count', { count: format.count(preview.length), limit: format.count(preview.limit) });
  return (
    <Paper variant="outlined" sx={{ p: 1.5, bgcolor: 'grey.50' }} data-testid={`preview-${network}-${index}`}>
      <Typography variant="caption" color="text.secondary" component="p">
        {translate('alg.share_kit.preview_title', {
          network: translate(`alg.enums.Network.${network}`),
          variant: index + 1,
        })}
      </Typography>
      {network === 'EMAIL' && subject ? (
        <Typography variant="subtitle2" component="p">
          {translate('alg.share_kit.subject_line', { subject: previewPost('EMAIL', subject, values).text })}
        </Typography>
      ) : null}
      <Typography variant="body2" component="p" sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', my: 1 }}>
        {preview.text || translate('alg.share_kit.preview_empty')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <Typography
          variant="caption"
          sx={{ color: preview.fits ? 'text.secondary' : 'error.main', fontWeight: preview.fits ? 400 : 700 }}
          data-testid={`count-${network}-${index}`}
          aria-live="polite"
        >
          {counter}
        </Typography>
        {network === 'X' ? (
          <Typography
            variant="caption"
            color={preview.longestLength > (preview.limit ?? Infinity) ? 'error.main' : 'text.secondary'}
          >
            {translate('alg.share_kit.count_longest', {
              count: format.count(preview.longestLength),
              limit: format.count(preview.limit ?? 0),
            })}
          </Typography>
        ) : null}
      </Box>
      {network === 'X' ? (
        <Typography variant="caption" color="text.secondary" component="p">
          {translate('alg.share_kit.x_rule')}
        </Typography>
      ) : null}
    </Paper>
  );
}
