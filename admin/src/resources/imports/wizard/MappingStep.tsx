import {
  Alert,
  Box,
  Chip,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { enumValues } from '../../../graphql/enums';
import type { Delimiter } from '../../../imports/csvTable';
import type { ImportPreview } from '../../../imports/importPreview';
import { importFields, type ImportField, type ImportPreset, presetColumn } from '../../../imports/presets';

export interface MappingChoice {
  preset: ImportPreset;
  delimiter: Delimiter | null;
  /** Columns the user chose per field, over the preset's own; an empty text leaves the preset's. */
  mapping: Partial<Record<ImportField, string>>;
}

/** Returns the column a field reads: the user's choice, else the preset's, else none. */
export function effectiveColumn(choice: MappingChoice, field: ImportField, header: readonly string[]): string | null {
  return choice.mapping[field] || presetColumn(choice.preset, field, header);
}

function PreviewTable({ preview, choice }: { preview: ImportPreview; choice: MappingChoice }) {
  const translate = useTranslate();
  const mapped = new Map<string, ImportField>();
  for (const field of importFields) {
    const column = effectiveColumn(choice, field, preview.header);
    if (column) mapped.set(column, field);
  }
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="import-preview">
        <TableHead>
          <TableRow>
            {preview.header.map((column) => (
              <TableCell key={column} sx={{ whiteSpace: 'nowrap' }}>
                {column}
                {mapped.has(column) ? (
                  <Chip
                    size="small"
                    color="primary"
                    sx={{ ml: 1 }}
                    label={translate(`alg.enums.ImportField.${mapped.get(column)}`)}
                  />
                ) : null}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {preview.rows.map((row, index) => (
            <TableRow key={index}>
              {row.map((cell, column) => (
                <TableCell
                  key={column}
                  sx={{ whiteSpace: 'nowrap', maxWidth: 240, overflow: 'hidden', textOverflow: 'ellipsis' }}
                >
                  {cell}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

/**
 * Step two: the preset (suggested from the columns) and the column of each
 * field, on a preview of the first rows, each mapped column tagged there.
 */
export function MappingStep({
  preview,
  choice,
  onChange,
}: {
  preview: ImportPreview;
  choice: MappingChoice;
  onChange: (choice: MappingChoice) => void;
}) {
  const translate = useTranslate();
  const emailColumn = effectiveColumn(choice, 'EMAIL', preview.header);
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField
          select
          fullWidth={false}
          size="small"
          label={translate('alg.imports.wizard.preset')}
          value={choice.preset}
          onChange={(event) => onChange({ ...choice, preset: event.target.value as ImportPreset })}
          sx={{ minWidth: 200 }}
          slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'import-preset' } as object } }}
        >
          {enumValues.ImportPreset.map((preset) => (
            <MenuItem key={preset} value={preset}>
              {translate(`alg.enums.ImportPreset.${preset}`)}
              {preset === preview.suggestedPreset ? ` (${translate('alg.imports.wizard.suggested')})` : ''}
            </MenuItem>
          ))}
        </TextField>
        {preview.format === 'CSV' ? (
          <TextField
            select
            fullWidth={false}
            size="small"
            label={translate('alg.imports.wizard.delimiter')}
            value={choice.delimiter ?? preview.delimiter ?? 'COMMA'}
            onChange={(event) => onChange({ ...choice, delimiter: event.target.value as Delimiter })}
            sx={{ minWidth: 160 }}
          >
            {enumValues.Delimiter.map((delimiter) => (
              <MenuItem key={delimiter} value={delimiter}>
                {translate(`alg.enums.Delimiter.${delimiter}`)}
              </MenuItem>
            ))}
          </TextField>
        ) : (
          <Chip label={translate('alg.enums.ImportFormat.JSON')} />
        )}
        <Typography variant="body2" color="text.secondary">
          {translate(`alg.imports.wizard.preset_hints.${choice.preset}`)}
        </Typography>
      </Box>
      {emailColumn === null ? (
        <Alert severity="warning" role="alert" data-testid="mapping-needs-email">
          {translate('alg.imports.wizard.needs_email')}
        </Alert>
      ) : null}
      <Typography variant="subtitle1" component="h3">
        {translate('alg.imports.wizard.preview_title', { rows: preview.rows.length })}
      </Typography>
      <PreviewTable preview={preview} choice={choice} />
      <Typography variant="subtitle1" component="h3">
        {translate('alg.imports.wizard.mapping_title')}
      </Typography>
      <Box
        data-testid="import-mapping"
        sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))' }}
      >
        {importFields.map((field) => {
          const presetDefault = presetColumn(choice.preset, field, preview.header);
          return (
            <TextField
              key={field}
              select
              size="small"
              label={translate(`alg.enums.ImportField.${field}`)}
              value={choice.mapping[field] ?? ''}
              onChange={(event) => onChange({ ...choice, mapping: { ...choice.mapping, [field]: event.target.value } })}
              slotProps={{
                inputLabel: { shrink: true },
                select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': `mapping-${field}` } as object },
              }}
            >
              <MenuItem value="">
                <em>
                  {presetDefault
                    ? translate('alg.imports.wizard.preset_column', { column: presetDefault })
                    : translate('alg.imports.wizard.not_imported')}
                </em>
              </MenuItem>
              {preview.header.map((column) => (
                <MenuItem key={column} value={column}>
                  {column}
                </MenuItem>
              ))}
            </TextField>
          );
        })}
      </Box>
    </Box>
  );
}
