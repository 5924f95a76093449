import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import { Button } from '@mui/material';
import { useState } from 'react';
import {
  Confirm,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { ConsoleDataProvider } from '../../dataProvider/dataProvider';
import { useNotifyError } from '../../errors/useNotifyError';
import type { Participant } from '../../graphql/types';

const ERASE = 'mutation EraseParticipant($id: ID!) { result: eraseParticipant(id: $id) { id erasedAt } }';

/** Erases the participant's personal data for good, after a confirmation that warns of it. */
export function EraseButton() {
  const translate = useTranslate();
  const record = useRecordContext<Participant>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ action: 'erase', resource: 'participant-erasures' });
  const [open, setOpen] = useState(false);
  const [running, setRunning] = useState(false);
  if (!record || record.erasedAt || !canAccess) return null;
  const erase = async () => {
    setRunning(true);
    try {
      await dataProvider.mutate(ERASE, { id: record.id }, ['participants']);
      notify('alg.participants.erased_notice', { type: 'success' });
      refresh();
    } catch (error) {
      notifyError(error);
    } finally {
      setRunning(false);
      setOpen(false);
    }
  };
  return (
    <>
      <Button color="error" size="small" startIcon={<DeleteForeverIcon />} onClick={() => setOpen(true)}>
        {translate('alg.participants.erase')}
      </Button>
      <Confirm
        isOpen={open}
        loading={running}
        title="alg.participants.erase_title"
        content="alg.participants.erase_content"
        translateOptions={{ email: record.email }}
        onConfirm={erase}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
