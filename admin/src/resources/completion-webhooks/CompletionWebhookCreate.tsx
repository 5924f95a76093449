import { Box, Card, CardContent } from '@mui/material';
import { useState } from 'react';
import {
  Form,
  ReferenceInput,
  required,
  SaveButton,
  SelectInput,
  TextInput,
  Title,
  useDataProvider,
  useRedirect,
  useTranslate,
} from 'react-admin';
import type { ConsoleDataProvider } from '../../dataProvider/dataProvider';
import { useNotifyError } from '../../errors/useNotifyError';
import { SecretDialog } from '../../ui/SecretDialog';
import { CREATE_ENDPOINT, type IssuedEndpointSecret } from './completionWebhookQueries';

/** Creates a webhook endpoint and shows its signing secret once, with the address to give the provider. */
export function CompletionWebhookCreate() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notifyError = useNotifyError();
  const redirect = useRedirect();
  const [issued, setIssued] = useState<IssuedEndpointSecret | null>(null);
  const save = async (values: Record<string, unknown>) => {
    try {
      const data = await dataProvider.mutate<{ result: IssuedEndpointSecret }>(
        CREATE_ENDPOINT,
        { input: { name: String(values.name ?? '').trim(), campaignId: values.campaignId || null } },
        ['completion-webhooks'],
      );
      setIssued(data.result);
    } catch (error) {
      notifyError(error);
    }
  };
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('alg.webhooks.create_title')} />
      <Card>
        <CardContent>
          <Form onSubmit={save}>
            <TextInput
              source="name"
              label="resources.completion-webhooks.fields.name"
              validate={required()}
              helperText="alg.webhooks.name_helper"
            />
            <ReferenceInput source="campaignId" reference="campaigns" perPage={100}>
              <SelectInput
                optionText="name"
                label="resources.completion-webhooks.fields.campaignId"
                emptyText="alg.webhooks.any_campaign"
                helperText="alg.webhooks.campaign_helper"
              />
            </ReferenceInput>
            <Box sx={{ mt: 2 }}>
              <SaveButton label="alg.webhooks.create" alwaysEnable />
            </Box>
          </Form>
        </CardContent>
      </Card>
      <SecretDialog
        title="alg.webhooks.secret_title"
        secret={issued?.secret ?? null}
        details={issued ? [{ label: 'alg.webhooks.endpoint_url', value: issued.endpoint.url }] : []}
        onClose={() => {
          const id = issued?.endpoint.id;
          setIssued(null);
          if (id) redirect('show', 'completion-webhooks', id);
        }}
      />
    </Box>
  );
}
