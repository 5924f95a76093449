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
  useRecordContext,
} from 'react-admin';
import { EnumField } from '../../fields/EnumField';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { useNotifyError } from '../../errors/useNotifyError';
import { useShowErrorHandler } from '../../errors/useShowErrorHandler';
import { EmptyState } from '../../ui/EmptyState';

function TeamCampaigns() {
  const record = useRecordContext<{ id: string }>();
  if (!record) return null;
  return (
    <ReferenceManyField
      reference="campaigns"
      target="teamIds"
      label="alg.teams.campaigns"
      perPage={10}
      pagination={<Pagination rowsPerPageOptions={[10, 25]} />}
      empty={<EmptyState title="alg.empty.campaigns" hint="alg.teams.no_campaigns_hint" />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" disableSort />
        <DataTable.Col source="status" disableSort>
          <EnumField source="status" enumName="CampaignStatus" />
        </DataTable.Col>
        <DataTable.Col source="outcome" disableSort>
          <EnumField source="outcome" enumName="CampaignOutcome" />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  );
}

/** Shows a marketing team and the campaigns it owns. */
export function TeamShow() {
  const onError = useShowErrorHandler();
  const notifyError = useNotifyError();
  return (
    <Show
      queryOptions={{ onError }}
      actions={
        <TopToolbar>
          <EditButton />
          <DeleteButton mutationMode="pessimistic" mutationOptions={{ onError: notifyError }} />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="description" emptyText="alg.common.none" />
        <OrganizationDateField source="createdAt" showTime />
        <TeamCampaigns />
      </SimpleShowLayout>
    </Show>
  );
}
