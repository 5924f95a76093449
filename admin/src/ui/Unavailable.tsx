import { Alert, AlertTitle, Button } from '@mui/material';
import { useTranslate } from 'react-admin';
import { describeError, isMissingFromSchema } from '../errors/describeError';

export interface UnavailableProps {
  /** Translation key of the alert's title, such as "Metrics unavailable". */
  title: string;
  error: unknown;
  onRetry?: () => void;
}

/**
 * Inline state of a panel whose query failed, with the server's message and
 * code as detail. A field the schema lacks reads as not served yet rather
 * than as a failure, because subgraphs add fields over time.
 */
export function Unavailable({ title, error, onRetry }: UnavailableProps) {
  const translate = useTranslate();
  const { key, args } = describeError(error);
  const missing = isMissingFromSchema(error);
  return (
    <Alert
      severity={missing ? 'info' : 'warning'}
      variant="outlined"
      role="status"
      data-testid="unavailable"
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            {translate('alg.common.retry')}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{translate(title)}</AlertTitle>
      {missing ? `${translate('alg.common.not_served_yet')} ` : null}
      {translate(key, args)}
    </Alert>
  );
}
