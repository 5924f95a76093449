import { Typography } from '@mui/material';
import type { MouseEvent } from 'react';
import { Link, useCreatePath, useFieldValue, useTranslate } from 'react-admin';

export interface LinkedNameFieldProps {
  /** Path to a nested object with `id` and `name`, such as `ecosystem`. */
  source: string;
  /** Resource whose show view the link opens. */
  reference: string;
  /** Label key of the column or the labeled field. */
  label?: string;
  /** Translation key shown when the nested object is missing. */
  emptyText?: string;
}

function stopRowClick(event: MouseEvent) {
  // Lists open a row's show view on click; the link opens another record.
  event.stopPropagation();
}

/**
 * Shows the name of a nested object that the query already returned, linked
 * to its show view. Unlike ReferenceField it costs no extra request.
 */
export function LinkedNameField({ source, reference, emptyText = 'alg.common.none' }: LinkedNameFieldProps) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const value: unknown = useFieldValue({ source });
  const { id, name } = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  if (typeof id !== 'string' || typeof name !== 'string') {
    return (
      <Typography component="span" variant="body2">
        {translate(emptyText, { _: emptyText })}
      </Typography>
    );
  }
  return (
    <Link to={createPath({ resource: reference, id, type: 'show' })} onClick={stopRowClick} variant="body2">
      {name}
    </Link>
  );
}
