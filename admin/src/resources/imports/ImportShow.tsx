import { Alert, Box, LinearProgress, Typography } from '@mui/material';
import {
  Link,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { EnumField } from '../../fields/EnumField';
import { LinkedNameField } from '../../fields/LinkedNameField';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { useFormat } from '../../fields/useFormat';
import { useShowErrorHandler } from '../../errors/useShowErrorHandler';
import { ImportCounts } from './ImportCounts';
import { ImportRowsTable } from './ImportRowsTable';
import { ImportStatusField } from './ImportStatusField';

interface ImportRecord {
  id: string;
  status: string;
  error: string | null;
  progress: number | null;
  bytesRead: number;
  fileName: string | null;
  rowCount: number;
  createdCount: number;
  mergedCount: number;
  rejectedCount: number;
  skippedCount: number;
  previousImport: { id: string; startedAt: string; fileName: string | null } | null;
}

function ImportStatusPanel() {
  const translate = useTranslate();
  const format = useFormat();
  const createPath = useCreatePath();
  const record = useRecordContext<ImportRecord>();
  if (!record) return null;
  return (
    <Box sx={{ width: '100%', display: 'grid', gap: 2 }}>
      {record.status === 'running' ? (
        <Box role="status">
          <Typography variant="body2">
            {translate('alg.imports.running', { rows: format.count(record.rowCount) })}
          </Typography>
          <LinearProgress
            variant={record.progress === null ? 'indeterminate' : 'determinate'}
            value={(record.progress ?? 0) * 100}
          />
        </Box>
      ) : null}
      {record.status === 'failed' ? (
        <Alert severity="error">{translate('alg.imports.failed', { error: record.error ?? '' })}</Alert>
      ) : null}
      {record.previousImport ? (
        <Alert severity="info">
          {translate('alg.imports.same_file', { date: format.dateTime(record.previousImport.startedAt) })}{' '}
          <Link to={createPath({ resource: 'imports', id: record.previousImport.id, type: 'show' })}>
            {translate('alg.imports.open_previous')}
          </Link>
        </Alert>
      ) : null}
      <ImportCounts {...record} />
      <ImportRowsTable importId={record.id} fileName={record.fileName} />
    </Box>
  );
}

/** Shows one import: what was read, how far it got, and the outcome of each row. */
export function ImportShow() {
  const onError = useShowErrorHandler();
  return (
    <Show
      queryOptions={{
        onError,
        refetchInterval: (query) =>
          (query.state.data as ImportRecord | undefined)?.status === 'running' ? 2_000 : false,
      }}
    >
      <SimpleShowLayout>
        <TextField source="fileName" emptyText="alg.imports.inline_file" />
        <LinkedNameField source="ecosystem" reference="ecosystems" label="resources.imports.fields.ecosystemId" />
        <ReferenceField source="campaignId" reference="campaigns" link="show" emptyText="alg.common.none" />
        <EnumField source="preset" enumName="ImportPreset" />
        <EnumField source="format" enumName="ImportFormat" />
        <ImportStatusField source="status" label="resources.imports.fields.status" />
        <NumberField source="bytesRead" />
        <OrganizationDateField source="startedAt" showTime />
        <OrganizationDateField source="finishedAt" showTime emptyText="alg.common.none" />
        <ImportStatusPanel />
      </SimpleShowLayout>
    </Show>
  );
}
