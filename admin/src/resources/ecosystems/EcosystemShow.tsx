import { Box } from '@mui/material';
import {
  DataTable,
  DeleteButton,
  EditButton,
  EmailField,
  NumberField,
  Pagination,
  ReferenceManyField,
  Show,
  Tab,
  TabbedShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { EnumField } from '../../fields/EnumField';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { PersonNameField } from '../../fields/PersonNameField';
import type { Campaign, Participant } from '../../graphql/types';
import { useShowErrorHandler } from '../../errors/useShowErrorHandler';
import { useNotifyError } from '../../errors/useNotifyError';
import { EcosystemMetricsPanel } from './EcosystemMetricsPanel';
import { EcosystemLeaderboardPanel } from './EcosystemLeaderboardPanel';
import { EmptyState } from '../../ui/EmptyState';

function EcosystemActions() {
  const notifyError = useNotifyError();
  return (
    <TopToolbar>
      <EditButton />
      <DeleteButton mutationMode="pessimistic" mutationOptions={{ onError: notifyError }} />
    </TopToolbar>
  );
}

/** Shows an ecosystem with its results, its campaigns, its members and its advocates. */
export function EcosystemShow() {
  const onError = useShowErrorHandler();
  return (
    <Show queryOptions={{ onError }} actions={<EcosystemActions />}>
      <TabbedShowLayout>
        <Tab label="alg.ecosystems.tabs.overview">
          <TextField source="name" />
          <EnumField source="kind" enumName="EcosystemKind" />
          <TextField source="partnerName" emptyText="alg.common.none" />
          <TextField source="description" emptyText="alg.common.none" />
          <NumberField source="memberCount" />
          <OrganizationDateField source="createdAt" showTime />
          <Box sx={{ width: '100%' }}>
            <EcosystemMetricsPanel />
          </Box>
        </Tab>
        <Tab label="alg.ecosystems.campaigns" path="campaigns">
          <ReferenceManyField
            reference="campaigns"
            target="ecosystemId"
            label={false}
            perPage={10}
            pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
            empty={<EmptyState title="alg.empty.campaigns" hint="alg.ecosystems.no_campaigns_hint" />}
          >
            <DataTable<Campaign> rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="name" disableSort />
              <DataTable.Col source="status" disableSort>
                <EnumField source="status" enumName="CampaignStatus" />
              </DataTable.Col>
              <DataTable.Col source="outcome" disableSort>
                <EnumField source="outcome" enumName="CampaignOutcome" />
              </DataTable.Col>
            </DataTable>
          </ReferenceManyField>
        </Tab>
        <Tab label="alg.ecosystems.participants" path="members">
          <ReferenceManyField
            reference="participants"
            target="ecosystemId"
            label={false}
            perPage={10}
            pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
            empty={<EmptyState title="alg.empty.participants" hint="alg.ecosystems.no_members_hint" />}
          >
            <DataTable<Participant> rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="email" disableSort>
                <EmailField source="email" />
              </DataTable.Col>
              <DataTable.Col source="name" disableSort>
                <PersonNameField />
              </DataTable.Col>
              <DataTable.Col source="createdAt" disableSort>
                <OrganizationDateField source="createdAt" />
              </DataTable.Col>
            </DataTable>
          </ReferenceManyField>
        </Tab>
        <Tab label="alg.ecosystems.tabs.leaderboard" path="leaderboard">
          <EcosystemLeaderboardPanel />
        </Tab>
      </TabbedShowLayout>
    </Show>
  );
}
