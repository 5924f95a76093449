import EditIcon from '@mui/icons-material/Edit';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  Form,
  SaveButton,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { ConsoleDataProvider } from '../../dataProvider/dataProvider';
import { useNotifyError } from '../../errors/useNotifyError';
import type { Campaign } from '../../graphql/types';
import { ShareKitEditor } from './wizard/ShareKitEditor';
import { useSampleValues } from './wizard/useSampleValues';

const UPDATE_SHARE_KIT = `mutation UpdateShareKit($campaignId: ID!, $shareKit: [ShareTemplateInput!]!) {
  result: updateShareKit(campaignId: $campaignId, shareKit: $shareKit) { id shareKit { network position template subject } }
}`;

function ShareKitDialog({ campaign, onClose }: { campaign: Campaign; onClose: () => void }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const values = useSampleValues(campaign.name, campaign.interaction.name);
  const save = async (data: Record<string, unknown>) => {
    const shareKit = ((data.shareKit ?? []) as Array<{ network: string; template: string; subject?: string | null }>)
      .filter((variant) => variant.template.trim() !== '')
      .map((variant) => ({
        network: variant.network,
        template: variant.template,
        ...(variant.network === 'EMAIL' && variant.subject ? { subject: variant.subject } : {}),
      }));
    try {
      await dataProvider.mutate(UPDATE_SHARE_KIT, { campaignId: campaign.id, shareKit }, []);
      notify('alg.campaigns.share_kit.saved', { type: 'success' });
      refresh();
      onClose();
    } catch (error) {
      notifyError(error);
    }
  };
  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="share-kit-title">
      <Form defaultValues={{ shareKit: campaign.shareKit ?? [] }} onSubmit={save}>
        <DialogTitle id="share-kit-title">{translate('alg.campaigns.share_kit.edit')}</DialogTitle>
        <DialogContent>
          <ShareKitEditor values={values} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <SaveButton alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
}

/** Shows the campaign's post templates per network, and their editor while the campaign has not ended. */
export function ShareKitSection() {
  const translate = useTranslate();
  const record = useRecordContext<Campaign>();
  const { canAccess } = useCanAccess({ action: 'edit', resource: 'campaigns' });
  const [editing, setEditing] = useState(false);
  if (!record) return null;
  const templates = record.shareKit ?? [];
  return (
    <Box sx={{ width: '100%' }}>
      {canAccess && record.status !== 'ENDED' ? (
        <Button startIcon={<EditIcon />} onClick={() => setEditing(true)} sx={{ mb: 1 }}>
          {translate('alg.campaigns.share_kit.edit')}
        </Button>
      ) : null}
      {templates.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('alg.campaigns.share_kit.empty')}
        </Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.campaigns.fields.shareKit.network')}</TableCell>
              <TableCell>{translate('resources.campaigns.fields.shareKit.template')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {templates.map((template) => (
              <TableRow key={`${template.network}-${template.position ?? 0}`}>
                <TableCell>{translate(`alg.enums.Network.${template.network}`)}</TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap' }}>
                  {template.subject ? <strong>{`${template.subject}\n`}</strong> : null}
                  {template.template}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editing ? <ShareKitDialog campaign={record} onClose={() => setEditing(false)} /> : null}
    </Box>
  );
}
