import {
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
} from '@mui/material';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import { useGatewayQuery } from '../../data/useGatewayQuery';
import { useFormat } from '../../fields/useFormat';
import { QueryState } from '../../ui/QueryState';
import type { MatrixCell } from './matrixQuery';

/** At most this many campaigns of one cell are listed, within the gateway's alias limit. */
const MAX_LISTED = 25;

interface CellCampaign {
  id: string;
  name: string;
  status: string;
  outcome: string;
  metrics: {
    invited: number;
    activationRate: number | null;
    shares: number;
    uniqueClicks: number;
    conversions: number;
  } | null;
}

function cellCampaignsQuery(count: number): string {
  const indexes = Array.from({ length: count }, (_, index) => index);
  const declarations = indexes.map((index) => `$id${index}: ID!`).join(', ');
  const fields = indexes
    .map(
      (index) => `c${index}: campaign(id: $id${index}) {
        id name status outcome metrics { invited activationRate shares uniqueClicks conversions }
      }`,
    )
    .join('\n');
  return `query MatrixCellCampaigns(${declarations}) { ${fields} }`;
}

function CampaignRows({ ids }: { ids: string[] }) {
  const translate = useTranslate();
  const format = useFormat();
  const createPath = useCreatePath();
  const variables = Object.fromEntries(ids.map((id, index) => [`id${index}`, id]));
  const query = useGatewayQuery<Record<string, CellCampaign>>(
    ['matrix-cell', ids],
    cellCampaignsQuery(ids.length),
    variables,
  );
  const none = translate('alg.common.none');
  return (
    <QueryState query={query} unavailableTitle="alg.matrix.cell_unavailable">
      {(data) => (
        <Table size="small" data-testid="matrix-cell-campaigns">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.campaigns.fields.name')}</TableCell>
              <TableCell>{translate('resources.campaigns.fields.status')}</TableCell>
              <TableCell>{translate('resources.campaigns.fields.outcome')}</TableCell>
              <TableCell align="right">{translate('alg.metrics.activationRate')}</TableCell>
              <TableCell align="right">{translate('alg.metrics.shares')}</TableCell>
              <TableCell align="right">{translate('alg.metrics.uniqueClicks')}</TableCell>
              <TableCell align="right">{translate('alg.metrics.conversions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {ids
              .map((_, index) => data[`c${index}`])
              .filter((campaign): campaign is CellCampaign => campaign !== undefined && campaign !== null)
              .map((campaign) => (
                <TableRow key={campaign.id}>
                  <TableCell>
                    <Link to={createPath({ resource: 'campaigns', id: campaign.id, type: 'show' })}>
                      {campaign.name}
                    </Link>
                  </TableCell>
                  <TableCell>{translate(`alg.enums.CampaignStatus.${campaign.status}`)}</TableCell>
                  <TableCell>{translate(`alg.enums.CampaignOutcome.${campaign.outcome}`)}</TableCell>
                  <TableCell align="right">{format.optionalPercent(campaign.metrics?.activationRate, none)}</TableCell>
                  <TableCell align="right">{campaign.metrics ? format.count(campaign.metrics.shares) : none}</TableCell>
                  <TableCell align="right">
                    {campaign.metrics ? format.count(campaign.metrics.uniqueClicks) : none}
                  </TableCell>
                  <TableCell align="right">
                    {campaign.metrics ? format.count(campaign.metrics.conversions) : none}
                  </TableCell>
                </TableRow>
              ))}
          </TableBody>
        </Table>
      )}
    </QueryState>
  );
}

/** Lists the campaigns of one matrix cell with their key results. */
export function MatrixCellDialog({ cell, onClose }: { cell: MatrixCell | null; onClose: () => void }) {
  const translate = useTranslate();
  const format = useFormat();
  const ids = cell ? [...new Set(cell.campaignIds)].slice(0, MAX_LISTED) : [];
  return (
    <Dialog open={cell !== null} onClose={onClose} maxWidth="md" fullWidth aria-labelledby="matrix-cell-title">
      {cell ? (
        <>
          <DialogTitle id="matrix-cell-title">
            {translate('alg.matrix.cell_title', {
              interaction: translate(`alg.enums.InteractionKind.${cell.interactionKind}`),
              ecosystem: translate(`alg.enums.EcosystemKind.${cell.ecosystemKind}`),
            })}
          </DialogTitle>
          <DialogContent>
            <p>
              {translate('alg.matrix.cell_summary', {
                completions: format.count(cell.completions),
                invitations: format.count(cell.invitations),
                registrants: format.count(cell.registrants),
                cost:
                  cell.cost.map((entry) => format.money(entry.amount, entry.currency)).join(', ') || format.count(0),
              })}
            </p>
            <CampaignRows ids={ids} />
            {cell.campaignIds.length > MAX_LISTED ? (
              <p>{translate('alg.matrix.more_campaigns', { count: cell.campaignIds.length - MAX_LISTED })}</p>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{translate('alg.common.close')}</Button>
          </DialogActions>
        </>
      ) : null}
    </Dialog>
  );
}
