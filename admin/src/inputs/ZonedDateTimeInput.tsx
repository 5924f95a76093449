import { TextField } from '@mui/material';
import { type InputProps, FieldTitle, useInput, useResourceContext, useTranslate, ValidationError } from 'react-admin';
import { organizationTimeZone } from '../auth/session';
import { fromWallTime, toWallTime } from '../time/zonedTime';

export interface ZonedDateTimeInputProps extends InputProps {
  /** IANA zone the times are entered in; the organization's when omitted. */
  timeZone?: string;
  fullWidth?: boolean;
}

/**
 * Edits a date and time in a given time zone rather than the browser's.
 * The form value is a UTC instant in ISO form, as the API expects, while
 * the field shows and accepts the wall time in the zone and names the zone.
 */
export function ZonedDateTimeInput({ timeZone, fullWidth, label, helperText, ...props }: ZonedDateTimeInputProps) {
  const translate = useTranslate();
  const resource = useResourceContext(props);
  const zone = timeZone ?? organizationTimeZone();
  const { field, fieldState, isRequired, id } = useInput({
    ...props,
    format: (value: unknown) => (typeof value === 'string' && value !== '' ? toWallTime(value, zone) : ''),
    parse: (value: string) => (value === '' ? null : fromWallTime(value, zone)),
  });
  const error = fieldState.error?.message;
  const zoneText = translate('alg.inputs.time_zone', { zone });
  return (
    <TextField
      {...field}
      id={id}
      type="datetime-local"
      fullWidth={fullWidth}
      label={<FieldTitle label={label} source={props.source} resource={resource} isRequired={isRequired} />}
      error={fieldState.invalid}
      helperText={
        error ? (
          <ValidationError error={error} />
        ) : (
          `${helperText ? `${translate(String(helperText))} ` : ''}${zoneText}`
        )
      }
      slotProps={{ inputLabel: { shrink: true } }}
      sx={{ minWidth: 260 }}
      margin="dense"
    />
  );
}
