import BlockIcon from '@mui/icons-material/Block';
import CheckIcon from '@mui/icons-material/Check';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField as MuiTextField,
} from '@mui/material';
import { useState } from 'react';
import {
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { ConsoleDataProvider } from '../../dataProvider/dataProvider';
import { useNotifyError } from '../../errors/useNotifyError';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { useShowErrorHandler } from '../../errors/useShowErrorHandler';
import { SecretDialog } from '../../ui/SecretDialog';
import {
  DISABLE_ENDPOINT,
  ENABLE_ENDPOINT,
  type IssuedEndpointSecret,
  ROTATE_SECRET,
} from './completionWebhookQueries';

function RotateButton() {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string }>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const [asking, setAsking] = useState(false);
  const [hours, setHours] = useState('24');
  const [issued, setIssued] = useState<IssuedEndpointSecret | null>(null);
  if (!record) return null;
  const rotate = async () => {
    try {
      const data = await dataProvider.mutate<{ result: IssuedEndpointSecret }>(
        ROTATE_SECRET,
        { id: record.id, input: { previousSecretValidHours: Number(hours) } },
        ['completion-webhooks'],
      );
      setIssued(data.result);
      setAsking(false);
    } catch (error) {
      notifyError(error);
    }
  };
  return (
    <>
      <Button size="small" startIcon={<AutorenewIcon />} onClick={() => setAsking(true)}>
        {translate('alg.webhooks.rotate')}
      </Button>
      <Dialog open={asking} onClose={() => setAsking(false)} aria-labelledby="rotate-title">
        <DialogTitle id="rotate-title">{translate('alg.webhooks.rotate_title')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('alg.webhooks.rotate_explanation')}</DialogContentText>
          <MuiTextField
            type="number"
            label={translate('alg.webhooks.grace_hours')}
            value={hours}
            onChange={(event) => setHours(event.target.value)}
            slotProps={{ htmlInput: { min: 0, max: 720 } }}
            sx={{ mt: 2 }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" onClick={() => void rotate()}>
            {translate('alg.webhooks.rotate')}
          </Button>
        </DialogActions>
      </Dialog>
      <SecretDialog
        title="alg.webhooks.secret_title"
        secret={issued?.secret ?? null}
        details={issued ? [{ label: 'alg.webhooks.endpoint_url', value: issued.endpoint.url }] : []}
        onClose={() => {
          setIssued(null);
          refresh();
        }}
      />
    </>
  );
}

function EnableToggle() {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string; disabledAt?: string | null }>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  if (!record) return null;
  const disabled = Boolean(record.disabledAt);
  const toggle = async () => {
    try {
      await dataProvider.mutate(disabled ? ENABLE_ENDPOINT : DISABLE_ENDPOINT, { id: record.id }, [
        'completion-webhooks',
      ]);
      notify(disabled ? 'alg.webhooks.enabled_notice' : 'alg.webhooks.disabled_notice', { type: 'info' });
      refresh();
    } catch (error) {
      notifyError(error);
    }
  };
  return (
    <Button size="small" startIcon={disabled ? <CheckIcon /> : <BlockIcon />} onClick={() => void toggle()}>
      {translate(disabled ? 'alg.webhooks.enable' : 'alg.webhooks.disable')}
    </Button>
  );
}

/** Shows a completion webhook with its address, secret rotation and the switch that stops deliveries. */
export function CompletionWebhookShow() {
  const onError = useShowErrorHandler();
  return (
    <Show
      queryOptions={{ onError }}
      actions={
        <TopToolbar>
          <RotateButton />
          <EnableToggle />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="name" />
        <ReferenceField source="campaignId" reference="campaigns" link="show" emptyText="alg.webhooks.any_campaign" />
        <TextField source="url" sx={{ fontFamily: 'monospace' }} />
        <OrganizationDateField source="createdAt" showTime />
        <OrganizationDateField source="rotatedAt" showTime emptyText="alg.webhooks.never_rotated" />
        <OrganizationDateField source="previousSecretExpiresAt" showTime emptyText="alg.common.none" />
        <OrganizationDateField source="disabledAt" showTime emptyText="alg.common.none" />
      </SimpleShowLayout>
    </Show>
  );
}
