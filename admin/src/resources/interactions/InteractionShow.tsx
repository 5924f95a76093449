import {
  DataTable,
  DeleteButton,
  EditButton,
  Pagination,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { EnumField } from '../../fields/EnumField';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { useShowErrorHandler } from '../../errors/useShowErrorHandler';
import { useNotifyError } from '../../errors/useNotifyError';
import { EmptyState } from '../../ui/EmptyState';

function InteractionActions() {
  const notifyError = useNotifyError();
  return (
    <TopToolbar>
      <EditButton />
      <DeleteButton mutationMode="pessimistic" mutationOptions={{ onError: notifyError }} />
    </TopToolbar>
  );
}

export function InteractionShow() {
  const onError = useShowErrorHandler();
  return (
    <Show queryOptions={{ onError }} actions={<InteractionActions />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <EnumField source="kind" enumName="InteractionKind" />
        <EnumField source="venue" enumName="EventVenue" emptyText="alg.common.none" />
        <OrganizationDateField source="startsAt" showTime timeZoneSource="timeZone" emptyText="alg.common.none" />
        <OrganizationDateField source="endsAt" showTime timeZoneSource="timeZone" emptyText="alg.common.none" />
        <TextField source="timeZone" />
        <TextField source="location" emptyText="alg.common.none" />
        <TextField source="description" emptyText="alg.common.none" />
        <OrganizationDateField source="createdAt" showTime />
        <ReferenceManyField
          reference="campaigns"
          target="interactionId"
          label="alg.interactions.campaigns"
          perPage={10}
          pagination={<Pagination rowsPerPageOptions={[10, 25]} />}
          empty={<EmptyState title="alg.empty.campaigns" hint="alg.interactions.no_campaigns_hint" />}
        >
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="name" disableSort />
            <DataTable.Col source="status" disableSort>
              <EnumField source="status" enumName="CampaignStatus" />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
}
