import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Campaign } from '../../graphql/types';

/** Shows the campaign's post templates, one row per network. */
export function ShareKitTable() {
  const translate = useTranslate();
  const record = useRecordContext<Campaign>();
  const templates = record?.shareKit ?? [];
  if (templates.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('alg.campaigns.share_kit.empty')}
      </Typography>
    );
  }
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.campaigns.fields.shareKit.network')}</TableCell>
          <TableCell>{translate('resources.campaigns.fields.shareKit.template')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {templates.map((template) => (
          <TableRow key={template.network}>
            <TableCell>{translate(`alg.enums.Network.${template.network}`)}</TableCell>
            <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{template.template}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
