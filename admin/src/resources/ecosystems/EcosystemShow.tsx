import { DataTable, EmailField, Pagination, ReferenceManyField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../../fields/EnumField';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { PersonNameField } from '../../fields/PersonNameField';
import type { Campaign, Participant } from '../../graphql/types';
import { useShowErrorHandler } from '../../errors/useShowErrorHandler';

/** Shows an ecosystem with its campaigns and members, fetched through the lists' ecosystemId filters. */
export function EcosystemShow() {
  const onError = useShowErrorHandler();
  return (
    <Show queryOptions={{ onError }}>
      <SimpleShowLayout>
        <TextField source="name" />
        <EnumField source="kind" enumName="EcosystemKind" />
        <TextField source="partnerName" emptyText="alg.common.none" />
        <OrganizationDateField source="createdAt" showTime />
        <ReferenceManyField
          reference="campaigns"
          target="ecosystemId"
          label="alg.ecosystems.campaigns"
          perPage={10}
          pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
        >
          <DataTable<Campaign> rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="name" disableSort />
            <DataTable.Col source="status" disableSort>
              <EnumField source="status" enumName="CampaignStatus" />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
        <ReferenceManyField
          reference="participants"
          target="ecosystemId"
          label="alg.ecosystems.participants"
          perPage={10}
          pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
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
      </SimpleShowLayout>
    </Show>
  );
}
