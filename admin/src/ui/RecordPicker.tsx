import { Autocomplete, TextField } from '@mui/material';
import { useState } from 'react';
import { type RaRecord, useGetList, useTranslate } from 'react-admin';

export interface RecordPickerProps {
  resource: string;
  /** Translation key of the label. */
  label: string;
  value: RaRecord | null;
  onChange: (record: RaRecord | null) => void;
  /** Field shown for each option. */
  optionText?: string;
  /** Extra list filters, such as only live campaigns. */
  filter?: Record<string, unknown>;
  testId?: string;
}

/**
 * Picks one record of a resource outside a form, searching the server as
 * the user types, for dashboard controls such as "which campaign".
 */
export function RecordPicker({
  resource,
  label,
  value,
  onChange,
  optionText = 'name',
  filter = {},
  testId,
}: RecordPickerProps) {
  const translate = useTranslate();
  const [search, setSearch] = useState('');
  const { data = [], isPending } = useGetList(resource, {
    pagination: { page: 1, perPage: 25 },
    sort: { field: 'createdAt', order: 'DESC' },
    filter: { ...filter, ...(search.trim() ? { search: search.trim() } : {}) },
  });
  return (
    <Autocomplete
      sx={{ minWidth: 280, flex: '1 1 320px', maxWidth: 480 }}
      size="small"
      options={data}
      value={value}
      loading={isPending}
      onChange={(_, record) => onChange(record)}
      onInputChange={(_, text, reason) => {
        if (reason === 'input') setSearch(text);
      }}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      getOptionLabel={(option) => String(option[optionText] ?? option.id)}
      filterOptions={(options) => options}
      noOptionsText={translate('alg.common.no_options')}
      loadingText={translate('alg.common.loading')}
      renderInput={(params) => (
        <TextField
          {...params}
          label={translate(label)}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': testId } }}
        />
      )}
    />
  );
}
