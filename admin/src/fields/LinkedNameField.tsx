import { Typography } from '@mui/material';
import type { MouseEvent } from 'react';
import { Link, useCreatePath, useFieldValue, useTranslate } from 'react-admin';
import { personName } from './PersonNameField';

export interface LinkedNameFieldProps {
  /** Path to a nested object with `id` and `name` (or a person's names and e-mail), such as `ecosystem`. */
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
  const nested = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const id = nested.id;
  // People have no name field, so their full name or their e-mail is shown.
  const name = typeof nested.name === 'string' ? nested.name : personName(nested) || nested.email;
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
