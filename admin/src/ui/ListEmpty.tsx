import type { ReactNode } from 'react';
import { CreateButton, useCanAccess, useResourceContext } from 'react-admin';
import { EmptyState } from './EmptyState';

export interface ListEmptyProps {
  /** Translation key of the hint for those who may create records. */
  hint: string;
  /** Translation key of the hint for those who may only read. */
  readerHint?: string;
  /** Other buttons that lead to the first record, such as an import. */
  actions?: ReactNode;
  create?: boolean;
}

/**
 * Shows the empty state of a resource list: that there is nothing yet and
 * what to do next, with the create button when the role may create.
 */
export function ListEmpty({ hint, readerHint = 'alg.empty.reader_hint', actions, create = true }: ListEmptyProps) {
  const resource = useResourceContext() ?? '';
  const { canAccess } = useCanAccess({ action: 'create', resource });
  return (
    <EmptyState
      title={`alg.empty.${resource}`}
      hint={canAccess ? hint : readerHint}
      actions={
        canAccess ? (
          <>
            {create ? <CreateButton variant="contained" /> : null}
            {actions}
          </>
        ) : undefined
      }
    />
  );
}
