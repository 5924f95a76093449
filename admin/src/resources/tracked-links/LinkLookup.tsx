import SearchIcon from '@mui/icons-material/Search';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { ReferenceField, RecordContextProvider, useDataProvider, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../../dataProvider/dataProvider';
import { describeError } from '../../errors/describeError';

const LOOKUP =
  'query TrackedLink($code: String!) { trackedLink(code: $code) { code network url campaignId participantId networkSize } }';

interface TrackedLink {
  code: string;
  network: string;
  url: string;
  campaignId: string;
  participantId: string;
  networkSize: number | null;
}

/** Finds the owner and campaign of a tracked link from its code, as seen in a /r/<code> address. */
export function LinkLookup() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const [open, setOpen] = useState(false);
  const [code, setCode] = useState('');
  const [found, setFound] = useState<TrackedLink | null>(null);
  const [error, setError] = useState<unknown>(null);
  const lookup = async () => {
    setError(null);
    setFound(null);
    const cleaned = code.trim().replace(/^.*\/r\//, '');
    try {
      const data = await dataProvider.query<{ trackedLink: TrackedLink }>(LOOKUP, { code: cleaned });
      setFound(data.trackedLink);
    } catch (cause) {
      setError(cause);
    }
  };
  return (
    <>
      <Button size="small" startIcon={<SearchIcon />} onClick={() => setOpen(true)}>
        {translate('alg.tracked_links.lookup')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="sm" fullWidth aria-labelledby="link-lookup-title">
        <DialogTitle id="link-lookup-title">{translate('alg.tracked_links.lookup')}</DialogTitle>
        <DialogContent>
          <Box
            component="form"
            onSubmit={(event) => {
              event.preventDefault();
              void lookup();
            }}
            sx={{ display: 'flex', gap: 1, mt: 1 }}
          >
            <TextField
              autoFocus
              fullWidth
              label={translate('alg.tracked_links.code')}
              helperText={translate('alg.tracked_links.code_helper')}
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
            <Button type="submit" variant="contained">
              {translate('alg.tracked_links.find')}
            </Button>
          </Box>
          {error ? (
            <Alert severity="error" sx={{ mt: 2 }}>
              {translate(describeError(error).key, describeError(error).args)}
            </Alert>
          ) : null}
          {found ? (
            <RecordContextProvider value={{ ...found, id: found.code }}>
              <Box sx={{ mt: 2, display: 'grid', gap: 1 }} data-testid="link-lookup-result">
                <div>{`${translate(`alg.enums.Network.${found.network}`)} · ${found.url}`}</div>
                <div>
                  {translate('resources.tracked-links.fields.participant')}:{' '}
                  <ReferenceField source="participantId" reference="participants" link="show" label={false} />
                </div>
                <div>
                  {translate('resources.tracked-links.fields.campaign')}:{' '}
                  <ReferenceField source="campaignId" reference="campaigns" link="show" label={false} />
                </div>
              </Box>
            </RecordContextProvider>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('alg.common.close')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
