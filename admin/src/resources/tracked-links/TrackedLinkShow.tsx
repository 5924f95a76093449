import { Box, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Show, SimpleShowLayout, UrlField, useRecordContext, useTranslate } from 'react-admin';
import { LinkedNameField } from '../../fields/LinkedNameField';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { useFormat } from '../../fields/useFormat';
import { useShowErrorHandler } from '../../errors/useShowErrorHandler';
import { networkLimits, type Network } from '../../shareKit/postPreview';

interface InvitationDetail {
  id: string;
  trackedLinks: Array<{ code: string; network: string; url: string; networkSize: number | null }>;
  posts: Array<{
    network: string;
    position: number;
    text: string;
    subject: string | null;
    link: string;
    intentUrl: string;
    characterCount: number;
  }>;
}

function LinksAndPosts() {
  const translate = useTranslate();
  const format = useFormat();
  const record = useRecordContext<InvitationDetail>();
  if (!record) return null;
  return (
    <Box sx={{ width: '100%', display: 'grid', gap: 2 }}>
      <Typography variant="subtitle1" component="h3">
        {translate('resources.tracked-links.fields.trackedLinks')}
      </Typography>
      <Table size="small" data-testid="tracked-links">
        <TableHead>
          <TableRow>
            <TableCell>{translate('alg.charts.network')}</TableCell>
            <TableCell>{translate('alg.tracked_links.code')}</TableCell>
            <TableCell>{translate('alg.tracked_links.url')}</TableCell>
            <TableCell align="right">{translate('alg.tracked_links.network_size')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {record.trackedLinks.map((link) => (
            <TableRow key={link.code}>
              <TableCell>{translate(`alg.enums.Network.${link.network}`)}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace' }}>{link.code}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace' }}>{link.url}</TableCell>
              <TableCell align="right">
                {link.networkSize === null ? translate('alg.common.none') : format.count(link.networkSize)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="subtitle1" component="h3">
        {translate('alg.tracked_links.posts')}
      </Typography>
      {record.posts.map((post) => {
        const limit = networkLimits[post.network as Network];
        return (
          <Paper key={`${post.network}-${post.position}`} variant="outlined" sx={{ p: 1.5 }}>
            <Typography variant="caption" color="text.secondary">
              {translate('alg.share_kit.preview_title', {
                network: translate(`alg.enums.Network.${post.network}`),
                variant: post.position + 1,
              })}
            </Typography>
            {post.subject ? <Typography variant="subtitle2">{post.subject}</Typography> : null}
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', my: 1 }}>
              {post.text}
            </Typography>
            <Typography
              variant="caption"
              color={limit !== null && post.characterCount > limit ? 'error.main' : 'text.secondary'}
            >
              {limit === null
                ? translate('alg.share_kit.count_no_limit', { count: format.count(post.characterCount) })
                : translate('alg.share_kit.count', {
                    count: format.count(post.characterCount),
                    limit: format.count(limit),
                  })}
            </Typography>
          </Paper>
        );
      })}
    </Box>
  );
}

/** Shows one invitation: who and which campaign, the share page, the tracked links and the rendered posts. */
export function TrackedLinkShow() {
  const onError = useShowErrorHandler();
  return (
    <Show queryOptions={{ onError }}>
      <SimpleShowLayout>
        <LinkedNameField
          source="participant"
          reference="participants"
          label="resources.tracked-links.fields.participant"
        />
        <LinkedNameField source="campaign" reference="campaigns" label="resources.tracked-links.fields.campaign" />
        <OrganizationDateField source="invitedAt" showTime />
        <UrlField source="shareUrl" target="_blank" rel="noreferrer" />
        <LinksAndPosts />
      </SimpleShowLayout>
    </Show>
  );
}
