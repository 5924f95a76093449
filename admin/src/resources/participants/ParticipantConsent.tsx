import { Box, CircularProgress, FormControlLabel, Switch, Typography } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../../dataProvider/dataProvider';
import { useNotifyError } from '../../errors/useNotifyError';
import { useFormat } from '../../fields/useFormat';
import type { Participant } from '../../graphql/types';

const SET_CONSENT = `mutation SetConsent($id: ID!, $consent: ConsentInput!) {
  result: setParticipantConsent(id: $id, consent: $consent) { id consent { contact partnerSharing changedAt } }
}`;

type Purpose = 'contact' | 'partnerSharing';

/**
 * Shows and sets consent per purpose. A switch shows the stored value; while a change is
 * on its way it shows a spinner, and it moves only when the server has
 * recorded the change, since consent must never look granted when it is not.
 */
export function ParticipantConsent() {
  const translate = useTranslate();
  const format = useFormat();
  const record = useRecordContext<Participant>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ action: 'edit', resource: 'participants' });
  const [pending, setPending] = useState<Purpose | null>(null);
  if (!record?.consent) return null;
  const consent = record.consent;

  const toggle = async (purpose: Purpose, value: boolean) => {
    setPending(purpose);
    try {
      await dataProvider.mutate(SET_CONSENT, { id: record.id, consent: { [purpose]: value } }, ['participants']);
      notify('alg.participants.consent_saved', { type: 'success' });
      refresh();
    } catch (error) {
      notifyError(error);
    } finally {
      setPending(null);
    }
  };

  const purposes: Purpose[] = ['contact', 'partnerSharing'];
  return (
    <Box data-testid="participant-consent">
      {purposes.map((purpose) => (
        <Box key={purpose} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <FormControlLabel
            control={
              <Switch
                checked={consent[purpose]}
                disabled={!canAccess || pending !== null || Boolean(record.erasedAt)}
                onChange={(event) => void toggle(purpose, event.target.checked)}
              />
            }
            label={translate(`alg.participants.consent.${purpose}`)}
          />
          {pending === purpose ? <CircularProgress size={16} aria-label={translate('alg.common.saving')} /> : null}
        </Box>
      ))}
      <Typography variant="caption" color="text.secondary">
        {consent.changedAt
          ? translate('alg.participants.consent_changed', { date: format.dateTime(consent.changedAt) })
          : translate('alg.participants.consent_never_changed')}
      </Typography>
    </Box>
  );
}
