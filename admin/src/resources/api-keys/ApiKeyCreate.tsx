import { Box, Card, CardContent, Typography } from '@mui/material';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import {
  CheckboxGroupInput,
  Form,
  required,
  SaveButton,
  SelectInput,
  TextInput,
  Title,
  useDataProvider,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { API_KEY_SELECTION } from '../../dataProvider/definitions/apiKeys';
import type { ConsoleDataProvider } from '../../dataProvider/dataProvider';
import { useNotifyError } from '../../errors/useNotifyError';
import { enumChoices } from '../../graphql/enums';
import { SecretDialog } from '../../ui/SecretDialog';

function partnerNameOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * Role and scopes of an organization key. A partner-portal key is always a
 * viewer with only the read scope, so the form offers neither input.
 */
function KeyAccessInputs() {
  const translate = useTranslate();
  const partnerName = partnerNameOf(useWatch({ name: 'partnerName' }));
  if (partnerName) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ my: 2 }}>
        {translate('alg.api_keys.partner_access')}
      </Typography>
    );
  }
  return (
    <>
      <SelectInput
        source="role"
        label="resources.api-keys.fields.role"
        choices={enumChoices('ApiKeyRole')}
        validate={required()}
      />
      <CheckboxGroupInput
        source="scopes"
        label="resources.api-keys.fields.scopes"
        choices={enumChoices('ApiKeyScope')}
        validate={required()}
        helperText="alg.api_keys.scopes_helper"
      />
    </>
  );
}

const CREATE = `mutation CreateApiKey($input: CreateApiKeyInput!) { result: createApiKey(input: $input) { secret apiKey { ${API_KEY_SELECTION} } } }`;

/** Creates an API key and shows its secret once; a partner name makes a read-only partner-portal key. */
export function ApiKeyCreate() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notifyError = useNotifyError();
  const redirect = useRedirect();
  const [secret, setSecret] = useState<string | null>(null);
  const save = async (values: Record<string, unknown>) => {
    const partnerName = partnerNameOf(values.partnerName);
    const name = String(values.name ?? '').trim();
    // The server gives a partner-portal key its fixed role and scopes.
    const input = partnerName ? { name, partnerName } : { name, role: values.role, scopes: values.scopes };
    try {
      const data = await dataProvider.mutate<{ result: { secret: string } }>(CREATE, { input }, ['api-keys']);
      setSecret(data.result.secret);
    } catch (error) {
      notifyError(error);
    }
  };
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('alg.api_keys.create')} />
      <Card>
        <CardContent>
          <Form onSubmit={save} defaultValues={{ role: 'EDITOR', scopes: ['READ', 'WRITE'] }}>
            <TextInput
              source="name"
              label="resources.api-keys.fields.name"
              validate={required()}
              helperText="alg.api_keys.name_helper"
            />
            <TextInput
              source="partnerName"
              label="resources.api-keys.fields.partnerName"
              helperText="alg.api_keys.partner_helper"
            />
            <KeyAccessInputs />
            <Box sx={{ mt: 2 }}>
              <SaveButton label="alg.api_keys.create" alwaysEnable />
            </Box>
          </Form>
        </CardContent>
      </Card>
      <SecretDialog
        title="alg.api_keys.secret_title"
        secret={secret}
        onClose={() => {
          setSecret(null);
          redirect('list', 'api-keys');
        }}
      />
    </Box>
  );
}
