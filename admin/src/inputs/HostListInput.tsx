import { TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { FieldTitle, type InputProps, useInput, useResourceContext, useTranslate, ValidationError } from 'react-admin';

/** Splits the text of a host list on commas, spaces and line breaks. */
export function parseHosts(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((host) => host.trim())
    .filter((host) => host !== '');
}

/**
 * Edits a list of host names in a text area, one per line or separated by
 * commas, whose form value is an array. The text is kept as typed and read
 * into the array on each change, so line breaks can be typed freely.
 */
export function HostListInput({ label, helperText, ...props }: InputProps & { fullWidth?: boolean }) {
  const translate = useTranslate();
  const resource = useResourceContext(props);
  const { field, fieldState, isRequired, id } = useInput(props);
  const hosts: string[] = Array.isArray(field.value) ? field.value : [];
  const [text, setText] = useState(hosts.join('\n'));
  useEffect(() => {
    // Follow a value set from outside, such as a form reset, unless it is the one typed.
    if (parseHosts(text).join('\n') !== hosts.join('\n')) setText(hosts.join('\n'));
  }, [hosts.join('\n')]);
  const error = fieldState.error?.message;
  return (
    <TextField
      id={id}
      name={field.name}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        field.onChange(parseHosts(event.target.value));
      }}
      onBlur={field.onBlur}
      multiline
      minRows={2}
      fullWidth={props.fullWidth}
      margin="dense"
      label={<FieldTitle label={label} source={props.source} resource={resource} isRequired={isRequired} />}
      error={fieldState.invalid}
      helperText={error ? <ValidationError error={error} /> : helperText ? translate(String(helperText)) : undefined}
    />
  );
}
