import { Box, Button, Chip, MenuItem, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import {
  useCanAccess,
  useDataProvider,
  useGetList,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { ConsoleDataProvider } from '../../dataProvider/dataProvider';
import { useNotifyError } from '../../errors/useNotifyError';
import type { Participant } from '../../graphql/types';

const ADD = `mutation AddToEcosystems($id: ID!, $ecosystemIds: [ID!]!) {
  result: addParticipantToEcosystems(id: $id, ecosystemIds: $ecosystemIds) { id ecosystems { id name kind } }
}`;
const REMOVE = `mutation RemoveFromEcosystem($id: ID!, $ecosystemId: ID!) {
  result: removeParticipantFromEcosystem(id: $id, ecosystemId: $ecosystemId) { id ecosystems { id name kind } }
}`;

/** Lists the participant's ecosystems, with adding and removing for editors; the list changes once the server confirms. */
export function ParticipantEcosystems() {
  const translate = useTranslate();
  const record = useRecordContext<Participant>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ action: 'edit', resource: 'participants' });
  const [adding, setAdding] = useState('');
  const [busy, setBusy] = useState(false);
  const { data: all = [] } = useGetList('ecosystems', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  if (!record) return null;
  const mine = record.ecosystems ?? [];
  const others = all.filter((ecosystem) => !mine.some((member) => member.id === ecosystem.id));

  const change = async (document: string, variables: Record<string, unknown>, message: string) => {
    setBusy(true);
    try {
      await dataProvider.mutate(document, variables, ['participants']);
      notify(message, { type: 'success' });
      refresh();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ width: '100%' }} data-testid="participant-ecosystems">
      {mine.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('alg.participants.no_ecosystems')}
        </Typography>
      ) : (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          {mine.map((ecosystem) => (
            <Chip
              key={ecosystem.id}
              label={`${ecosystem.name} · ${translate(`alg.enums.EcosystemKind.${ecosystem.kind}`)}`}
              onDelete={
                canAccess && !busy
                  ? () =>
                      void change(
                        REMOVE,
                        { id: record.id, ecosystemId: ecosystem.id },
                        'alg.participants.removed_from_ecosystem',
                      )
                  : undefined
              }
              deleteIcon={undefined}
            />
          ))}
        </Box>
      )}
      {canAccess && !record.erasedAt && others.length > 0 ? (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mt: 2 }}>
          <TextField
            select
            fullWidth={false}
            size="small"
            label={translate('alg.participants.add_to_ecosystem')}
            value={adding}
            onChange={(event) => setAdding(event.target.value)}
            sx={{ minWidth: 260 }}
          >
            {others.map((ecosystem) => (
              <MenuItem key={ecosystem.id} value={String(ecosystem.id)}>
                {String(ecosystem.name)}
              </MenuItem>
            ))}
          </TextField>
          <Button
            variant="outlined"
            disabled={adding === '' || busy}
            onClick={() =>
              void change(ADD, { id: record.id, ecosystemIds: [adding] }, 'alg.participants.added_to_ecosystem').then(
                () => setAdding(''),
              )
            }
          >
            {translate('alg.participants.add')}
          </Button>
        </Box>
      ) : null}
    </Box>
  );
}
