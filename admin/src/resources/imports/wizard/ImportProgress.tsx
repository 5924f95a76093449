import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useGatewayQuery } from '../../../data/useGatewayQuery';
import { useFormat } from '../../../fields/useFormat';
import type { UploadProgress } from '../../../graphql/upload';
import { RUNNING_IMPORTS, type RunningImport } from '../importQueries';

/**
 * Progress of an import in flight: the bytes sent, then the rows the
 * service has stored so far, read from the running import of this file,
 * which commits every batch of rows as it goes.
 */
export function ImportProgress({
  upload,
  fileName,
  startedAfter,
}: {
  upload: UploadProgress | null;
  fileName: string;
  startedAfter: number;
}) {
  const translate = useTranslate();
  const format = useFormat();
  const running = useGatewayQuery<{ participantImports: { nodes: RunningImport[] } }>(
    ['running-imports', startedAfter],
    RUNNING_IMPORTS,
    {},
    { refetchInterval: 1_000 },
  );
  const job = running.data?.participantImports.nodes.find(
    (node) => node.fileName === fileName && Date.parse(node.startedAt) >= startedAfter - 60_000,
  );
  const sent = upload && upload.total > 0 ? upload.sent / upload.total : null;
  return (
    <Box role="status" aria-live="polite" sx={{ display: 'grid', gap: 1 }} data-testid="import-progress">
      <Typography variant="body2">
        {sent === null || sent < 1
          ? translate('alg.imports.wizard.sending', { percent: format.percent(sent ?? 0) })
          : translate('alg.imports.wizard.processing', { rows: format.count(job?.rowCount ?? 0) })}
      </Typography>
      <LinearProgress
        variant={sent === null ? 'indeterminate' : 'determinate'}
        value={(sent ?? 0) * 100}
        aria-label={translate('alg.imports.wizard.upload_progress')}
      />
      <LinearProgress
        variant={job?.progress === null || job?.progress === undefined ? 'indeterminate' : 'determinate'}
        value={(job?.progress ?? 0) * 100}
        color="secondary"
        aria-label={translate('alg.imports.wizard.server_progress')}
      />
    </Box>
  );
}
