import { Button, CardContent, CircularProgress, MenuItem, TextField as MuiTextField } from '@mui/material';
import { useState } from 'react';
import { email, Form, PasswordInput, required, TextInput, useLogin, useTranslate } from 'react-admin';
import { OrganizationChoiceRequired, type LoginParams } from '../auth/authProvider';
import type { Membership } from '../auth/session';
import { LoginError } from './LoginError';

interface PasswordValues {
  email?: string;
  password?: string;
}

/**
 * Signs in with e-mail and password. A user of several organizations picks
 * one after the first response, and the password stays in the form meanwhile.
 */
export function PasswordLoginForm() {
  const translate = useTranslate();
  const login = useLogin();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [memberships, setMemberships] = useState<Membership[]>([]);
  const [organization, setOrganization] = useState('');

  const submit = async (values: Record<string, unknown>) => {
    setSubmitting(true);
    setError(null);
    const params: LoginParams = {
      method: 'password',
      email: String(values.email ?? ''),
      password: String(values.password ?? ''),
      organization: memberships.length > 0 ? organization : null,
    };
    try {
      await login(params);
    } catch (cause) {
      if (cause instanceof OrganizationChoiceRequired) {
        setMemberships(cause.memberships);
        setOrganization(cause.memberships[0]?.organizationSlug ?? '');
      } else {
        setError(cause);
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Form<PasswordValues> onSubmit={submit} noValidate>
      <CardContent>
        <LoginError error={error} />
        <TextInput
          source="email"
          type="email"
          label="alg.login.email"
          autoComplete="username"
          autoFocus
          fullWidth
          validate={[required(), email()]}
        />
        <PasswordInput
          source="password"
          label="alg.login.password"
          autoComplete="current-password"
          fullWidth
          validate={required()}
        />
        {memberships.length > 0 ? (
          <MuiTextField
            select
            fullWidth
            label={translate('alg.login.organization')}
            helperText={translate('alg.login.choose_organization')}
            value={organization}
            onChange={(event) => setOrganization(event.target.value)}
            sx={{ mt: 1 }}
          >
            {memberships.map((membership) => (
              <MenuItem key={membership.organizationId} value={membership.organizationSlug}>
                {membership.organizationName}
              </MenuItem>
            ))}
          </MuiTextField>
        ) : null}
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
