import { Box, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useGetOne, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { formatMoney } from '../../../fields/format';
import { useFormat } from '../../../fields/useFormat';
import type { Ecosystem, Interaction } from '../../../graphql/types';
import { normalizeHosts, type CampaignFormValues } from './campaignInput';

/** Step four: everything the campaign will be created with, before saving or launching it. */
export function ReviewStep() {
  const translate = useTranslate();
  const format = useFormat();
  const values = useWatch() as CampaignFormValues;
  const { data: interaction } = useGetOne<Interaction & { id: string }>(
    'interactions',
    { id: values.interactionId },
    { enabled: Boolean(values.interactionId) },
  );
  const { data: ecosystem } = useGetOne<Ecosystem & { id: string }>(
    'ecosystems',
    { id: values.ecosystemId },
    { enabled: Boolean(values.ecosystemId) },
  );
  const none = translate('alg.common.none');
  const kit = (values.shareKit ?? []).filter((variant) => variant.template.trim() !== '');
  const rows: Array<[string, string]> = [
    ['resources.campaigns.fields.name', values.name ?? none],
    ['alg.wizard.interaction', interaction?.name ?? none],
    ['alg.wizard.ecosystem', ecosystem?.name ?? none],
    ['alg.wizard.outcome', values.outcome ? translate(`alg.enums.CampaignOutcome.${values.outcome}`) : none],
    [
      'resources.campaigns.fields.cost',
      formatMoney(Number(values.cost ?? 0), (values.currency ?? 'USD').toUpperCase(), format.locale),
    ],
    ['resources.campaigns.fields.activationTarget', format.percent(Number(values.activationTargetPercent ?? 0) / 100)],
    ['resources.campaigns.fields.destinationUrl', values.destinationUrl ?? none],
    [
      'resources.campaigns.fields.allowedHosts',
      normalizeHosts(values.allowedHosts, values.destinationUrl).join(', ') || none,
    ],
    ['resources.campaigns.fields.startsAt', values.startsAt ? format.dateTime(values.startsAt) : none],
    ['resources.campaigns.fields.endsAt', values.endsAt ? format.dateTime(values.endsAt) : none],
    [
      'alg.wizard.share_kit_summary',
      kit.length === 0
        ? none
        : [...new Set(kit.map((variant) => variant.network))]
            .map(
              (network) =>
                `${translate(`alg.enums.Network.${network}`)} × ${kit.filter((variant) => variant.network === network).length}`,
            )
            .join(', '),
    ],
  ];
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('alg.wizard.review_intro')}
      </Typography>
      <Table size="small" data-testid="campaign-review">
        <TableBody>
          {rows.map(([label, value]) => (
            <TableRow key={label}>
              <TableCell component="th" scope="row" sx={{ width: 260 }}>
                {translate(label)}
              </TableCell>
              <TableCell sx={{ wordBreak: 'break-word' }}>{value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
