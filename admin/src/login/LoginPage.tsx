import KeyIcon from '@mui/icons-material/Key';
import { Box, Button, CardContent, CircularProgress, Typography } from '@mui/material';
import { useState } from 'react';
import { Form, Login, PasswordInput, required, useLogin, useTranslate } from 'react-admin';
import { API_KEY_PATTERN } from '../auth/session';
import { graphqlEndpoint } from '../config';
import { useNotifyError } from '../errors/useNotifyError';

interface LoginValues {
  apiKey?: string;
}

function validateApiKeyFormat(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    return undefined;
  }
  return API_KEY_PATTERN.test(value.trim()) ? undefined : 'alg.login.invalid_format';
}

const apiKeyValidators = [required(), validateApiKeyFormat];

/** Form that signs in with an API key instead of react-admin's user name and password. */
function ApiKeyLoginForm() {
  const translate = useTranslate();
  const login = useLogin();
  const notifyError = useNotifyError({ includeAuthenticationErrors: true });
  const [submitting, setSubmitting] = useState(false);

  const submit = async (values: Record<string, unknown>) => {
    setSubmitting(true);
    try {
      await login({ apiKey: typeof values.apiKey === 'string' ? values.apiKey : '' });
    } catch (error) {
      notifyError(error);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Form<LoginValues> onSubmit={submit} noValidate>
      <CardContent sx={{ width: 360, maxWidth: '100%' }}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('alg.login.hint')}
        </Typography>
        <PasswordInput
          source="apiKey"
          label="alg.login.api_key"
          autoComplete="off"
          autoFocus
          fullWidth
          validate={apiKeyValidators}
          helperText="alg.login.api_key_helper"
        />
        <Button
          variant="contained"
          type="submit"
          color="primary"
          disabled={submitting}
          fullWidth
          startIcon={submitting ? <CircularProgress size={18} thickness={3} /> : undefined}
          sx={{ mt: 2 }}
        >
          {translate('alg.login.submit')}
        </Button>
        <Box sx={{ mt: 2 }}>
          <Typography variant="caption" color="text.secondary" component="p" data-testid="gateway-endpoint">
            {translate('alg.login.gateway', { url: graphqlEndpoint() })}
          </Typography>
        </Box>
      </CardContent>
    </Form>
  );
}

/** Login page with the console's API key form. */
export function LoginPage() {
  return (
    <Login avatarIcon={<KeyIcon />}>
      <ApiKeyLoginForm />
    </Login>
  );
}
