import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { describeError } from '../errors/describeError';
import { GatewayError } from '../graphql/client';

/**
 * Shows why a sign-in failed, inline above the form so that it stays while
 * the user corrects the input. A rate limit also gives the time to wait.
 */
export function LoginError({ error }: { error: unknown }) {
  const translate = useTranslate();
  if (error === null || error === undefined) return null;
  const { key, args } = describeError(error);
  const retryAfter = error instanceof GatewayError ? error.graphQLErrors[0]?.extensions?.retryAfter : undefined;
  return (
    <Alert severity="error" role="alert" sx={{ mb: 2 }}>
      {translate(key, args)}
      {typeof retryAfter === 'number' ? ` ${translate('alg.login.retry_after', { seconds: retryAfter })}` : null}
    </Alert>
  );
}
