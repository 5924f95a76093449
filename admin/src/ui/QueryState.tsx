import { Box, CircularProgress, Typography } from '@mui/material';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { Unavailable } from './Unavailable';

export interface QueryStateProps<TData> {
  query: UseQueryResult<TData, Error>;
  /** Translation key of the alert shown when the query fails. */
  unavailableTitle: string;
  /** Translation key of the text announced while loading. */
  loadingLabel?: string;
  children: (data: TData) => ReactNode;
}

/** Renders a query's loading and error states, then its data through `children`. */
export function QueryState<TData>({
  query,
  unavailableTitle,
  loadingLabel = 'alg.common.loading',
  children,
}: QueryStateProps<TData>) {
  const translate = useTranslate();
  if (query.isPending) {
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, p: 2 }} role="status" aria-live="polite">
        <CircularProgress size={20} />
        <Typography variant="body2" color="text.secondary">
          {translate(loadingLabel)}
        </Typography>
      </Box>
    );
  }
  if (query.isError) {
    return <Unavailable title={unavailableTitle} error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <>{children(query.data)}</>;
}
