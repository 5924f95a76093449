import DownloadIcon from '@mui/icons-material/Download';
import { Button, CircularProgress } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../../dataProvider/dataProvider';
import { useNotifyError } from '../../errors/useNotifyError';
import type { Participant } from '../../graphql/types';
import { downloadText } from '../../ui/download';
import { exportFileName, PARTICIPANT_EXPORT_QUERY, type ParticipantExportDocument } from './participantExport';

/**
 * Downloads everything the platform stores about the participant as one
 * JSON file, for the person's right of access and portability. Admins
 * only, as the server requires; an erased participant has nothing left.
 */
export function ExportDataButton() {
  const translate = useTranslate();
  const record = useRecordContext<Participant>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const { canAccess } = useCanAccess({ action: 'export', resource: 'participant-exports' });
  const [running, setRunning] = useState(false);
  if (!record || record.erasedAt || !canAccess) return null;
  const download = async () => {
    setRunning(true);
    try {
      const { participantExport } = await dataProvider.query<{ participantExport: ParticipantExportDocument }>(
        PARTICIPANT_EXPORT_QUERY,
        { id: record.id },
      );
      downloadText(`${JSON.stringify(participantExport, null, 2)}\n`, exportFileName(participantExport), 'application/json');
      notify('alg.participants.exported_notice', { type: 'success' });
    } catch (error) {
      notifyError(error);
    } finally {
      setRunning(false);
    }
  };
  return (
    <Button
      size="small"
      startIcon={running ? <CircularProgress size={16} /> : <DownloadIcon />}
      disabled={running}
      onClick={() => void download()}
      data-testid="export-participant-data"
    >
      {translate('alg.participants.export_data')}
    </Button>
  );
}
