import { Box, Chip } from '@mui/material';
import { DataTable, FunctionField, List, ReferenceInput, SelectInput, TopToolbar, useTranslate } from 'react-admin';
import { LinkedNameField } from '../../fields/LinkedNameField';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { useNotifyError } from '../../errors/useNotifyError';
import { EmptyState } from '../../ui/EmptyState';
import { LinkLookup } from './LinkLookup';

const filters = [
  <ReferenceInput key="campaignId" source="campaignId" reference="campaigns" perPage={100} alwaysOn>
    <SelectInput optionText="name" label="resources.tracked-links.fields.campaign" />
  </ReferenceInput>,
];

interface InvitationRow {
  trackedLinks: Array<{ code: string; network: string; url: string }>;
}

/** Lists every invitation with its personal tracked links, one per network of the share kit. */
export function TrackedLinkList() {
  const translate = useTranslate();
  const notifyError = useNotifyError();
  return (
    <List
      filters={filters}
      actions={
        <TopToolbar>
          <LinkLookup />
        </TopToolbar>
      }
      sort={{ field: 'invitedAt', order: 'DESC' }}
      perPage={25}
      queryOptions={{ onError: notifyError }}
      exporter={false}
      empty={<EmptyState title="alg.empty.tracked-links" hint="alg.empty.tracked-links_hint" />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="participant.email" label="resources.tracked-links.fields.participant" disableSort>
          <LinkedNameField source="participant" reference="participants" />
        </DataTable.Col>
        <DataTable.Col source="campaign.name" label="resources.tracked-links.fields.campaign" disableSort>
          <LinkedNameField source="campaign" reference="campaigns" />
        </DataTable.Col>
        <DataTable.Col source="trackedLinks" label="resources.tracked-links.fields.trackedLinks" disableSort>
          <FunctionField
            render={(record: InvitationRow) => (
              <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
                {record.trackedLinks.map((link) => (
                  <Chip
                    key={link.code}
                    size="small"
                    variant="outlined"
                    label={`${translate(`alg.enums.Network.${link.network}`)} · ${link.code}`}
                  />
                ))}
              </Box>
            )}
          />
        </DataTable.Col>
        <DataTable.Col source="invitedAt">
          <OrganizationDateField source="invitedAt" showTime />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
