import { Alert, Box, Button, Card, CardContent, Step, StepLabel, Stepper } from '@mui/material';
import { useMemo, useState } from 'react';
import { Title, useDataProvider, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../../../dataProvider/dataProvider';
import { describeError } from '../../../errors/describeError';
import type { UploadProgress } from '../../../graphql/upload';
import { previewImport, type ImportPreview } from '../../../imports/importPreview';
import { importFields } from '../../../imports/presets';
import { GatewayError } from '../../../graphql/client';
import { IMPORT_PARTICIPANTS, IMPORT_RESULT_QUERY, type ImportResult } from '../importQueries';
import { ImportProgress } from './ImportProgress';
import { ImportResultView } from './ImportResultView';
import { effectiveColumn, MappingStep, type MappingChoice } from './MappingStep';
import { UploadStep, type UploadChoice } from './UploadStep';

const steps = [
  'alg.imports.wizard.steps.upload',
  'alg.imports.wizard.steps.mapping',
  'alg.imports.wizard.steps.results',
] as const;

/** Builds the import request in the field names of the mutation's input. */
function importRequest(upload: UploadChoice, choice: MappingChoice, preview: ImportPreview) {
  return {
    ecosystemId: upload.ecosystem ? String(upload.ecosystem.id) : null,
    campaignId: upload.campaign ? String(upload.campaign.id) : null,
    completionKind: upload.campaign ? upload.completionKind : null,
    preset: choice.preset,
    format: preview.format,
    delimiter: preview.format === 'CSV' ? (choice.delimiter ?? preview.delimiter) : null,
    mapping: importFields
      .filter((field) => choice.mapping[field])
      .map((field) => ({ field, column: choice.mapping[field]! })),
    fileName: upload.file!.name,
  };
}

/** Writes the import request as the query string of the upload endpoint, POST /v1/imports. */
function uploadQuery(request: ReturnType<typeof importRequest>): Record<string, string> {
  const query: Record<string, string> = { preset: request.preset, format: request.format, fileName: request.fileName };
  if (request.ecosystemId) query.ecosystemId = request.ecosystemId;
  if (request.campaignId) query.campaignId = request.campaignId;
  if (request.completionKind) query.completionKind = request.completionKind;
  if (request.delimiter) query.delimiter = request.delimiter.toLowerCase();
  for (const { field, column } of request.mapping) query[`map.${field.toLowerCase()}`] = column;
  return query;
}

/**
 * Streams the file to the upload endpoint and reads the finished import.
 * A gateway without the endpoint (404) gets the file inline through the
 * GraphQL mutation instead, which its 25 MB body limit allows.
 */
async function runImport(
  dataProvider: ConsoleDataProvider,
  file: File,
  request: ReturnType<typeof importRequest>,
  onProgress: (progress: UploadProgress) => void,
): Promise<ImportResult> {
  const changes = ['imports', 'participants'];
  try {
    const job = await dataProvider.uploadFile<{ id: string }>(
      '/v1/imports',
      uploadQuery(request),
      file,
      changes,
      onProgress,
    );
    return (await dataProvider.query<{ result: ImportResult }>(IMPORT_RESULT_QUERY, { id: job.id })).result;
  } catch (error) {
    if (!(error instanceof GatewayError && error.status === 404 && error.code === undefined)) throw error;
  }
  const input = { ...request, csv: await file.text() };
  return (await dataProvider.upload<{ result: ImportResult }>(IMPORT_PARTICIPANTS, { input }, changes, onProgress))
    .result;
}

/**
 * Runs the import wizard: upload a file, confirm the preset and the column
 * mapping on a preview of its first rows, watch it run, then read the
 * per-row results and download the rejected rows to fix them.
 */
export function ImportCreate() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const [step, setStep] = useState(0);
  const [upload, setUpload] = useState<UploadChoice>({
    file: null,
    ecosystem: null,
    campaign: null,
    completionKind: 'SESSION_ATTENDED',
  });
  const [choice, setChoice] = useState<MappingChoice | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  const preview = useMemo(() => {
    if (!upload.file) return null;
    try {
      return previewImport(upload.file.head, { delimiter: choice?.delimiter ?? null, preset: choice?.preset ?? null });
    } catch (cause) {
      return cause as Error;
    }
  }, [upload.file, choice?.delimiter, choice?.preset]);

  const toMapping = () => {
    if (!(preview && !(preview instanceof Error))) return;
    setChoice((current) => current ?? { preset: preview.suggestedPreset, delimiter: null, mapping: {} });
    setStep(1);
  };

  const start = async () => {
    if (!upload.file || !choice || !preview || preview instanceof Error) return;
    setError(null);
    setResult(null);
    setProgress(null);
    setStartedAt(Date.now());
    setStep(2);
    try {
      setResult(await runImport(dataProvider, upload.file.blob, importRequest(upload, choice, preview), setProgress));
    } catch (cause) {
      setError(cause);
    } finally {
      setStartedAt(null);
    }
  };

  const restart = () => {
    setUpload({ file: null, ecosystem: upload.ecosystem, campaign: null, completionKind: 'SESSION_ATTENDED' });
    setChoice(null);
    setResult(null);
    setError(null);
    setStep(0);
  };

  const readyForMapping = upload.file !== null && (upload.ecosystem !== null || upload.campaign !== null);
  const previewError = preview instanceof Error ? preview : null;
  const mappingReady =
    choice !== null &&
    preview !== null &&
    !(preview instanceof Error) &&
    effectiveColumn(choice, 'EMAIL', preview.header) !== null;
  const errorText = error ? translate(describeError(error).key, describeError(error).args) : null;

  return (
    <Box sx={{ mt: 2 }} data-testid="import-wizard">
      <Title title={translate('alg.imports.wizard.title')} />
      <Card>
        <CardContent>
          <Stepper activeStep={step} sx={{ mb: 3 }}>
            {steps.map((label) => (
              <Step key={label}>
                <StepLabel>{translate(label)}</StepLabel>
              </Step>
            ))}
          </Stepper>
          {step === 0 ? (
            <UploadStep
              value={upload}
              onChange={(value) => {
                setUpload(value);
                if (value.file !== upload.file) setChoice(null);
              }}
            />
          ) : null}
          {previewError ? (
            <Alert severity="error" role="alert" sx={{ mt: 2 }}>
              {translate('alg.imports.wizard.unreadable', { message: previewError.message })}
            </Alert>
          ) : null}
          {step === 1 && choice && preview && !(preview instanceof Error) ? (
            <MappingStep preview={preview} choice={choice} onChange={setChoice} />
          ) : null}
          {step === 2 ? (
            <>
              {startedAt !== null ? (
                <ImportProgress upload={progress} fileName={upload.file?.name ?? ''} startedAfter={startedAt} />
              ) : null}
              {errorText ? (
                <Alert severity="error" role="alert" data-testid="import-error">
                  {errorText}
                </Alert>
              ) : null}
              {result && upload.file && preview && !(preview instanceof Error) ? (
                <ImportResultView
                  result={result}
                  file={upload.file}
                  format={preview.format}
                  delimiter={preview.format === 'CSV' ? (choice?.delimiter ?? preview.delimiter) : null}
                  headerLine={preview.headerLine}
                />
              ) : null}
            </>
          ) : null}
          <Box sx={{ display: 'flex', justifyContent: 'space-between', mt: 3 }}>
            <Button
              disabled={step === 0 || startedAt !== null}
              onClick={() => (result ? restart() : setStep(step - 1))}
            >
              {translate(result ? 'alg.imports.wizard.another' : 'alg.wizard.back')}
            </Button>
            {step === 0 ? (
              <Button variant="contained" disabled={!readyForMapping || previewError !== null} onClick={toMapping}>
                {translate('alg.wizard.next')}
              </Button>
            ) : null}
            {step === 1 ? (
              <Button
                variant="contained"
                disabled={!mappingReady}
                onClick={() => void start()}
                data-testid="start-import"
              >
                {translate('alg.imports.wizard.start')}
              </Button>
            ) : null}
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
}
