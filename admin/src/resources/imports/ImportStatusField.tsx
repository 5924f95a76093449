import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

const colors: Record<string, 'default' | 'success' | 'error' | 'info'> = {
  RUNNING: 'info',
  COMPLETED: 'success',
  FAILED: 'error',
};

/**
 * Shows an import's status as a chip. The API spells the status in lower case
 * (running, completed, failed) while the filter enum is upper case.
 */
export function ImportStatusField(_props: { label?: string; source?: string }) {
  const translate = useTranslate();
  const record = useRecordContext<{ status?: string }>();
  const status = (record?.status ?? '').toUpperCase();
  if (status === '') return null;
  return (
    <Chip
      size="small"
      color={colors[status] ?? 'default'}
      label={translate(`alg.enums.ImportStatus.${status}`, { _: status })}
    />
  );
}
