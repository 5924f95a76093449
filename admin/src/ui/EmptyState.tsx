import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

export interface EmptyStateProps {
  /** Translation key of what is missing, such as "No campaigns yet". */
  title: string;
  /** Translation key of what to do next. */
  hint: string;
  hintArgs?: Record<string, string | number>;
  /** Buttons that start the next step. */
  actions?: ReactNode;
}

/** Shows what a list or a chart lacks before there is data, and what to do about it. */
export function EmptyState({ title, hint, hintArgs, actions }: EmptyStateProps) {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', py: 4, px: 2 }} data-testid="empty-state">
      <Typography variant="h6" component="p" gutterBottom>
        {translate(title)}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 520, mx: 'auto' }}>
        {translate(hint, hintArgs)}
      </Typography>
      {actions ? (
        <Box sx={{ mt: 2, display: 'flex', gap: 1, justifyContent: 'center', flexWrap: 'wrap' }}>{actions}</Box>
      ) : null}
    </Box>
  );
}
