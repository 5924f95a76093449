import { Button, CardContent, CircularProgress, Typography } from '@mui/material';
import { useState } from 'react';
import { Form, PasswordInput, required, useLogin, useTranslate } from 'react-admin';
import type { LoginParams } from '../auth/authProvider';
import { API_KEY_PATTERN } from '../auth/session';
import { LoginError } from './LoginError';

interface ApiKeyValues {
  apiKey?: string;
}

function validateApiKeyFormat(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    return undefined;
  }
  return API_KEY_PATTERN.test(value.trim()) ? undefined : 'alg.login.invalid_format';
}

const apiKeyValidators = [required(), validateApiKeyFormat];

/** Signs in with an organization's API key, for integrators and automation accounts. */
export function ApiKeyLoginForm() {
  const translate = useTranslate();
  const login = useLogin();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (values: Record<string, unknown>) => {
    setSubmitting(true);
    setError(null);
    const params: LoginParams = { method: 'apiKey', apiKey: typeof values.apiKey === 'string' ? values.apiKey : '' };
    try {
      await login(params);
    } catch (cause) {
      setError(cause);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Form<ApiKeyValues> onSubmit={submit} noValidate>
      <CardContent>
        <LoginError error={error} />
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('alg.login.api_key_hint')}
        </Typography>
        <PasswordInput
          source="apiKey"
          label="alg.login.api_key"
          autoComplete="off"
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
      </CardContent>
    </Form>
  );
}
