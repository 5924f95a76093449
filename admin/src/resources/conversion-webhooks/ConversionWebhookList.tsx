import AddIcon from '@mui/icons-material/Add';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import { Alert, Box, Button, Chip } from '@mui/material';
import { useState } from 'react';
import {
  Confirm,
  DataTable,
  FunctionField,
  List,
  TextField,
  TopToolbar,
  useDataProvider,
  useListContext,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { WEBHOOK_SECRET_SELECTION } from '../../dataProvider/definitions/conversionWebhooks';
import type { ConsoleDataProvider } from '../../dataProvider/dataProvider';
import { useNotifyError } from '../../errors/useNotifyError';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { EmptyState } from '../../ui/EmptyState';
import { SecretDialog } from '../../ui/SecretDialog';

const ISSUE = `mutation CreateWebhookSecret { result: createWebhookSecret { secret endpoint webhookSecret { ${WEBHOOK_SECRET_SELECTION} } } }`;
const ROTATE = `mutation RotateConversionSecret($graceHours: Int!) { result: rotateWebhookSecret(graceHours: $graceHours) { secret endpoint webhookSecret { ${WEBHOOK_SECRET_SELECTION} } } }`;
const REVOKE = `mutation RevokeWebhookSecret($id: ID!) { result: revokeWebhookSecret(id: $id) { ${WEBHOOK_SECRET_SELECTION} } }`;

interface Issued {
  secret: string;
  endpoint: string;
}

/** Issues the first secret, or rotates it with a day of overlap, and shows the new one once. */
function IssueButton() {
  const translate = useTranslate();
  const { total } = useListContext();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const [issued, setIssued] = useState<Issued | null>(null);
  const first = (total ?? 0) === 0;
  const issue = async () => {
    try {
      const data = first
        ? await dataProvider.mutate<{ result: Issued }>(ISSUE, {}, ['conversion-webhooks'])
        : await dataProvider.mutate<{ result: Issued }>(ROTATE, { graceHours: 24 }, ['conversion-webhooks']);
      setIssued(data.result);
    } catch (error) {
      notifyError(error);
    }
  };
  return (
    <>
      <Button
        size="small"
        startIcon={first ? <AddIcon /> : <AutorenewIcon />}
        onClick={() => void issue()}
        data-testid="issue-conversion-secret"
      >
        {translate(first ? 'alg.conversion_webhooks.issue' : 'alg.conversion_webhooks.rotate')}
      </Button>
      <SecretDialog
        title="alg.conversion_webhooks.secret_title"
        secret={issued?.secret ?? null}
        details={issued ? [{ label: 'alg.conversion_webhooks.endpoint', value: issued.endpoint }] : []}
        onClose={() => {
          setIssued(null);
          refresh();
        }}
      />
    </>
  );
}

function RevokeButton() {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string; active: boolean; hint: string }>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  if (!record?.active) return null;
  const revoke = async () => {
    try {
      await dataProvider.mutate(REVOKE, { id: record.id }, ['conversion-webhooks']);
      notify('alg.conversion_webhooks.revoked', { type: 'info' });
      refresh();
    } catch (error) {
      notifyError(error);
    } finally {
      setOpen(false);
    }
  };
  return (
    <>
      <Button
        size="small"
        color="error"
        onClick={(event) => {
          event.stopPropagation();
          setOpen(true);
        }}
      >
        {translate('alg.conversion_webhooks.revoke')}
      </Button>
      <Confirm
        isOpen={open}
        title="alg.conversion_webhooks.revoke_title"
        content="alg.conversion_webhooks.revoke_content"
        translateOptions={{ hint: record.hint }}
        onConfirm={revoke}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

/** Tracking's signing secrets for conversion webhooks, newest first, without their values. */
export function ConversionWebhookList() {
  const translate = useTranslate();
  const notifyError = useNotifyError();
  return (
    <List
      actions={
        <TopToolbar>
          <IssueButton />
        </TopToolbar>
      }
      perPage={25}
      sort={{ field: 'createdAt', order: 'DESC' }}
      queryOptions={{ onError: notifyError }}
      exporter={false}
      empty={false}
      aside={
        <Box sx={{ width: 320, ml: 2 }}>
          <Alert severity="info">{translate('alg.conversion_webhooks.explanation')}</Alert>
        </Box>
      }
    >
      <DataTable
        bulkActionButtons={false}
        empty={<EmptyState title="alg.empty.conversion-webhooks" hint="alg.empty.conversion-webhooks_hint" />}
      >
        <DataTable.Col source="hint" disableSort>
          <TextField source="hint" sx={{ fontFamily: 'monospace' }} />
        </DataTable.Col>
        <DataTable.Col source="active" disableSort>
          <FunctionField
            render={(record: { active: boolean }) => (
              <Chip
                size="small"
                color={record.active ? 'success' : 'default'}
                label={translate(record.active ? 'alg.conversion_webhooks.active' : 'alg.conversion_webhooks.inactive')}
              />
            )}
          />
        </DataTable.Col>
        <DataTable.Col source="createdAt">
          <OrganizationDateField source="createdAt" showTime />
        </DataTable.Col>
        <DataTable.Col source="expiresAt" disableSort>
          <OrganizationDateField source="expiresAt" showTime emptyText="alg.conversion_webhooks.current" />
        </DataTable.Col>
        <DataTable.Col label={false} disableSort>
          <RevokeButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
