import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, MenuItem, TextField, Typography } from '@mui/material';
import { type DragEvent, useRef, useState } from 'react';
import { type RaRecord, useTranslate } from 'react-admin';
import { useFormat } from '../../../fields/useFormat';
import { enumValues } from '../../../graphql/enums';
import { RecordPicker } from '../../../ui/RecordPicker';

/** Bytes of the file read for the preview; the upload streams the whole file. */
const PREVIEW_BYTES = 512 * 1024;

/** A chosen file: the file itself, and its start as text for the preview. */
export interface ChosenFile {
  name: string;
  size: number;
  blob: File;
  head: string;
}

export interface UploadChoice {
  file: ChosenFile | null;
  ecosystem: RaRecord | null;
  campaign: RaRecord | null;
  completionKind: string;
}

/** Step one: the file, the ecosystem its people join, and optionally the campaign whose completion moments they are. */
export function UploadStep({ value, onChange }: { value: UploadChoice; onChange: (value: UploadChoice) => void }) {
  const translate = useTranslate();
  const format = useFormat();
  const input = useRef<HTMLInputElement | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const read = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    if (file.size === 0) {
      setError(translate('alg.imports.wizard.empty_file', { name: file.name }));
      return;
    }
    const head = await file.slice(0, PREVIEW_BYTES).text();
    onChange({ ...value, file: { name: file.name, size: file.size, blob: file, head } });
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void read(event.dataTransfer.files[0]);
  };

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        sx={{
          border: '2px dashed',
          borderColor: dragging ? 'primary.main' : 'divider',
          borderRadius: 2,
          p: 3,
          textAlign: 'center',
        }}
      >
        <input
          ref={input}
          type="file"
          accept=".csv,.tsv,.txt,.json,.ndjson,text/csv,application/json"
          hidden
          onChange={(event) => void read(event.target.files?.[0])}
          data-testid="import-file-input"
        />
        <Button variant="contained" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()}>
          {translate('alg.imports.wizard.choose_file')}
        </Button>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {value.file
            ? translate('alg.imports.wizard.chosen', { name: value.file.name, size: format.compact(value.file.size) })
            : translate('alg.imports.wizard.drop_hint')}
        </Typography>
      </Box>
      {error ? (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      ) : null}
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <RecordPicker
          resource="ecosystems"
          label="alg.imports.wizard.ecosystem"
          value={value.ecosystem}
          onChange={(ecosystem) => onChange({ ...value, ecosystem })}
          testId="import-ecosystem"
        />
        <RecordPicker
          resource="campaigns"
          label="alg.imports.wizard.campaign"
          value={value.campaign}
          onChange={(campaign) => onChange({ ...value, campaign })}
          testId="import-campaign"
        />
        {value.campaign ? (
          <TextField
            select
            fullWidth={false}
            size="small"
            label={translate('alg.imports.wizard.completion_kind')}
            value={value.completionKind}
            onChange={(event) => onChange({ ...value, completionKind: event.target.value })}
            sx={{ minWidth: 220 }}
          >
            {enumValues.CompletionKind.map((kind) => (
              <MenuItem key={kind} value={kind}>
                {translate(`alg.enums.CompletionKind.${kind}`)}
              </MenuItem>
            ))}
          </TextField>
        ) : null}
      </Box>
      <Typography variant="caption" color="text.secondary">
        {translate(value.campaign ? 'alg.imports.wizard.campaign_hint' : 'alg.imports.wizard.ecosystem_hint')}
      </Typography>
    </Box>
  );
}
