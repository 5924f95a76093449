import { Box } from '@mui/material';
import {
  DataTable,
  DeleteButton,
  EditButton,
  FunctionField,
  NumberField,
  Pagination,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  Tab,
  TabbedShowLayout,
  TextArrayField,
  TextField,
  TopToolbar,
  UrlField,
  useRecordContext,
} from 'react-admin';
import { CampaignDashboard } from '../../dashboards/campaign/CampaignDashboard';
import { CampaignForecastPanel } from '../../dashboards/forecast/CampaignForecastPanel';
import { LeaderboardView } from '../../dashboards/leaderboards/LeaderboardView';
import { EnumField } from '../../fields/EnumField';
import { LinkedNameField } from '../../fields/LinkedNameField';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { PersonNameField } from '../../fields/PersonNameField';
import { useFormat } from '../../fields/useFormat';
import type { Campaign } from '../../graphql/types';
import { useShowErrorHandler } from '../../errors/useShowErrorHandler';
import { useNotifyError } from '../../errors/useNotifyError';
import { EmptyState } from '../../ui/EmptyState';
import { CampaignLifecycleButtons } from './CampaignLifecycleButtons';
import { ShareKitSection } from './ShareKitSection';

function CampaignActions() {
  const record = useRecordContext<Campaign>();
  const notifyError = useNotifyError();
  return (
    <TopToolbar>
      <CampaignLifecycleButtons />
      {record?.status !== 'ENDED' ? <EditButton /> : null}
      {record?.status === 'DRAFT' ? (
        <DeleteButton mutationMode="pessimistic" mutationOptions={{ onError: notifyError }} />
      ) : null}
    </TopToolbar>
  );
}

function CostField({ label }: { label: string }) {
  const format = useFormat();
  return (
    <FunctionField<Campaign>
      label={label}
      render={(record) =>
        record.cost === undefined || record.currency === undefined ? null : format.money(record.cost, record.currency)
      }
    />
  );
}

function CampaignLeaderboard() {
  const record = useRecordContext<Campaign>();
  return record ? (
    <LeaderboardView scope={{ kind: 'campaign', campaignId: record.id }} fileName={`leaderboard-${record.id}`} />
  ) : null;
}

const pagination = <Pagination rowsPerPageOptions={[10, 25, 50]} />;

/** Shows a campaign: its details and share kit, its dashboard, forecast, leaderboard and the records it produced. */
export function CampaignShow() {
  const onError = useShowErrorHandler();
  return (
    <Show queryOptions={{ onError }} actions={<CampaignActions />}>
      <TabbedShowLayout>
        <Tab label="alg.campaigns.tabs.details">
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2, width: '100%' }}>
            <SimpleShowLayout sx={{ p: 0 }}>
              <TextField source="name" />
              <TextField source="description" emptyText="alg.common.none" />
              <EnumField source="status" enumName="CampaignStatus" />
              <EnumField source="outcome" enumName="CampaignOutcome" />
              <LinkedNameField
                source="interaction"
                reference="interactions"
                label="resources.campaigns.fields.interaction.name"
              />
              <LinkedNameField
                source="ecosystem"
                reference="ecosystems"
                label="resources.campaigns.fields.ecosystem.name"
              />
              <LinkedNameField source="team" reference="teams" label="resources.campaigns.fields.team" />
              <LinkedNameField
                source="registrantEcosystem"
                reference="ecosystems"
                label="resources.campaigns.fields.registrantEcosystem"
              />
            </SimpleShowLayout>
            <SimpleShowLayout sx={{ p: 0 }}>
              <CostField label="resources.campaigns.fields.cost" />
              <NumberField source="activationTarget" options={{ style: 'percent', maximumFractionDigits: 1 }} />
              <UrlField source="destinationUrl" target="_blank" rel="noreferrer" />
              <UrlField source="fallbackUrl" target="_blank" rel="noreferrer" emptyText="alg.common.none" />
              <TextArrayField source="allowedHosts" emptyText="alg.common.none" />
              <NumberField source="invitationWindowDays" />
              <NumberField source="attributionWindowDays" />
              <OrganizationDateField source="startsAt" showTime emptyText="alg.common.none" />
              <OrganizationDateField source="endsAt" showTime emptyText="alg.common.none" />
              <OrganizationDateField source="launchedAt" showTime emptyText="alg.common.none" />
              <OrganizationDateField source="endedAt" showTime emptyText="alg.common.none" />
            </SimpleShowLayout>
          </Box>
          <ShareKitSection />
        </Tab>
        <Tab label="alg.campaigns.tabs.dashboard" path="dashboard">
          <CampaignDashboard />
        </Tab>
        <Tab label="alg.campaigns.tabs.forecast" path="forecast">
          <CampaignForecastPanel />
        </Tab>
        <Tab label="alg.campaigns.tabs.leaderboard" path="leaderboard">
          <CampaignLeaderboard />
        </Tab>
        <Tab label="alg.campaigns.tabs.invitations" path="invitations">
          <ReferenceManyField
            reference="tracked-links"
            target="campaignId"
            label={false}
            perPage={10}
            pagination={pagination}
            empty={<EmptyState title="alg.empty.tracked-links" hint="alg.campaigns.no_invitations_hint" />}
          >
            <DataTable rowClick="show" bulkActionButtons={false}>
              <DataTable.Col
                source="participant.email"
                label="resources.tracked-links.fields.participant"
                disableSort
              />
              <DataTable.Col source="invitedAt" disableSort>
                <OrganizationDateField source="invitedAt" showTime />
              </DataTable.Col>
              <DataTable.Col source="trackedLinks" label="resources.tracked-links.fields.trackedLinks" disableSort>
                <FunctionField
                  render={(record: { trackedLinks?: unknown[] }) => String(record.trackedLinks?.length ?? 0)}
                />
              </DataTable.Col>
            </DataTable>
          </ReferenceManyField>
        </Tab>
        <Tab label="alg.campaigns.tabs.completions" path="completions">
          <ReferenceManyField
            reference="completions"
            target="campaignId"
            label={false}
            perPage={10}
            pagination={pagination}
            empty={<EmptyState title="alg.empty.completions" hint="alg.campaigns.no_completions_hint" />}
          >
            <DataTable bulkActionButtons={false}>
              <DataTable.Col source="participant.email" label="resources.completions.fields.participant" disableSort />
              <DataTable.Col source="kind" disableSort>
                <EnumField source="kind" enumName="CompletionKind" />
              </DataTable.Col>
              <DataTable.Col source="source" disableSort>
                <EnumField source="source" enumName="CompletionSource" />
              </DataTable.Col>
              <DataTable.Col source="occurredAt" disableSort>
                <OrganizationDateField source="occurredAt" showTime />
              </DataTable.Col>
            </DataTable>
          </ReferenceManyField>
        </Tab>
        <Tab label="alg.campaigns.tabs.registrants" path="registrants">
          <ReferenceManyField
            reference="participants"
            target="sourceCampaignId"
            label={false}
            perPage={10}
            pagination={pagination}
            empty={<EmptyState title="alg.empty.participants" hint="alg.campaigns.no_registrants_hint" />}
          >
            <DataTable rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="email" disableSort />
              <DataTable.Col source="name" disableSort>
                <PersonNameField />
              </DataTable.Col>
              <DataTable.Col source="createdAt" disableSort>
                <OrganizationDateField source="createdAt" showTime />
              </DataTable.Col>
            </DataTable>
          </ReferenceManyField>
        </Tab>
        <Tab label="alg.campaigns.tabs.booths" path="booths">
          <ReferenceManyField
            reference="booths"
            target="campaignId"
            label={false}
            perPage={10}
            pagination={pagination}
            empty={<EmptyState title="alg.empty.booths" hint="alg.campaigns.no_booths_hint" />}
          >
            <DataTable bulkActionButtons={false}>
              <DataTable.Col source="name" disableSort />
              <DataTable.Col source="checkInUrl" disableSort>
                <UrlField source="checkInUrl" target="_blank" rel="noreferrer" />
              </DataTable.Col>
            </DataTable>
          </ReferenceManyField>
        </Tab>
      </TabbedShowLayout>
    </Show>
  );
}
