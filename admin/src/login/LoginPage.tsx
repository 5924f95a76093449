import LockIcon from '@mui/icons-material/Lock';
import { Box, Tab, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import { Login, useTranslate } from 'react-admin';
import { graphqlEndpoint } from '../config';
import { ApiKeyLoginForm } from './ApiKeyLoginForm';
import { PasswordLoginForm } from './PasswordLoginForm';

type LoginMethod = 'password' | 'apiKey';

/** Login page: e-mail and password first, an organization's API key as the alternative. */
export function LoginPage() {
  const translate = useTranslate();
  const [method, setMethod] = useState<LoginMethod>('password');
  return (
    <Login avatarIcon={<LockIcon />}>
      <Box sx={{ width: 380, maxWidth: '100%' }}>
        <Tabs
          value={method}
          onChange={(_, value: LoginMethod) => setMethod(value)}
          variant="fullWidth"
          aria-label={translate('alg.login.method')}
        >
          <Tab value="password" label={translate('alg.login.tab_password')} id="login-tab-password" />
          <Tab value="apiKey" label={translate('alg.login.tab_api_key')} id="login-tab-api-key" />
        </Tabs>
        <Box role="tabpanel" aria-labelledby={method === 'password' ? 'login-tab-password' : 'login-tab-api-key'}>
          {method === 'password' ? <PasswordLoginForm /> : <ApiKeyLoginForm />}
        </Box>
        <Typography
          variant="caption"
          color="text.secondary"
          component="p"
          sx={{ px: 2, pb: 2 }}
          data-testid="gateway-endpoint"
        >
          {translate('alg.login.gateway', { url: graphqlEndpoint() })}
        </Typography>
      </Box>
    </Login>
  );
}
