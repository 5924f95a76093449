import { Alert, AlertTitle, Button } from '@mui/material';
import { useTranslate } from 'react-admin';
import { describeError } from '../../errors/useNotifyError';

export interface ExtensionUnavailableProps {
  /** Translation key of the alert's title, such as "Metrics unavailable". */
  title: string;
  error: unknown;
  onRetry: () => void;
}

/** Inline state of a panel whose query failed, with the server's message as detail. */
export function ExtensionUnavailable({ title, error, onRetry }: ExtensionUnavailableProps) {
  const translate = useTranslate();
  const { key, args } = describeError(error);
  return (
    <Alert
      severity="warning"
      variant="outlined"
      role="status"
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          {translate('alg.common.retry')}
        </Button>
      }
    >
      <AlertTitle>{translate(title)}</AlertTitle>
      {translate(key, args)}
    </Alert>
  );
}
