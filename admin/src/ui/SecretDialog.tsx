import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  InputAdornment,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

export interface SecretDialogProps {
  /** Translation key of the dialog title, such as "Your new API key". */
  title: string;
  secret: string | null;
  /** Extra lines to show under the secret, such as the endpoint to call. */
  details?: Array<{ label: string; value: string }>;
  onClose: () => void;
}

/**
 * Shows a secret that the server returns only once. It stays in this
 * dialog's state alone. Closing the dialog drops it, and no cache keeps it.
 */
export function SecretDialog({ title, secret, details = [], onClose }: SecretDialogProps) {
  const translate = useTranslate();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    if (secret === null) return;
    await navigator.clipboard?.writeText(secret).catch(() => undefined);
    setCopied(true);
  };
  return (
    <Dialog open={secret !== null} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="secret-dialog-title">
      <DialogTitle id="secret-dialog-title">{translate(title)}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('alg.secrets.shown_once')}
        </Alert>
        <TextField
          label={translate('alg.secrets.secret')}
          value={secret ?? ''}
          fullWidth
          slotProps={{
            input: {
              readOnly: true,
              sx: { fontFamily: 'monospace' },
              endAdornment: (
                <InputAdornment position="end">
                  <IconButton aria-label={translate('alg.secrets.copy')} onClick={copy} edge="end">
                    <ContentCopyIcon />
                  </IconButton>
                </InputAdornment>
              ),
            },
            htmlInput: { 'data-testid': 'one-time-secret' },
          }}
          onFocus={(event) => event.target.select()}
        />
        {copied ? (
          <Typography variant="caption" color="success.main" role="status">
            {translate('alg.secrets.copied')}
          </Typography>
        ) : null}
        {details.map((detail) => (
          <TextField
            key={detail.label}
            label={translate(detail.label)}
            value={detail.value}
            fullWidth
            sx={{ mt: 2 }}
            slotProps={{ input: { readOnly: true, sx: { fontFamily: 'monospace' } } }}
          />
        ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} variant="contained">
          {translate('alg.secrets.stored')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
