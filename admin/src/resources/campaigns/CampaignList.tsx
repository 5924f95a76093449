import { DataTable, List, ReferenceInput, SelectInput } from 'react-admin';
import { EnumField } from '../../fields/EnumField';
import { LinkedNameField } from '../../fields/LinkedNameField';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { enumChoices } from '../../graphql/enums';
import type { Campaign } from '../../graphql/types';
import { useNotifyError } from '../../errors/useNotifyError';

// The gateway returns campaigns in one fixed order, so no column is sortable
// and only the filters that `Query.campaigns` takes are offered.
const campaignFilters = [
  <SelectInput key="status" source="status" choices={enumChoices('CampaignStatus')} alwaysOn />,
  <ReferenceInput key="ecosystemId" source="ecosystemId" reference="ecosystems" perPage={100} alwaysOn>
    <SelectInput optionText="name" label="resources.campaigns.fields.ecosystemId" />
  </ReferenceInput>,
];

export function CampaignList() {
  const notifyError = useNotifyError();
  return (
    <List filters={campaignFilters} perPage={25} queryOptions={{ onError: notifyError }} exporter={false}>
      <DataTable<Campaign> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" disableSort />
        <DataTable.Col source="status" disableSort>
          <EnumField source="status" enumName="CampaignStatus" />
        </DataTable.Col>
        <DataTable.Col source="outcome" disableSort>
          <EnumField source="outcome" enumName="CampaignOutcome" />
        </DataTable.Col>
        <DataTable.Col source="ecosystem.name" disableSort>
          <LinkedNameField source="ecosystem" reference="ecosystems" />
        </DataTable.Col>
        <DataTable.Col source="interaction.name" disableSort>
          <LinkedNameField source="interaction" reference="interactions" />
        </DataTable.Col>
        <DataTable.Col source="createdAt" disableSort>
          <OrganizationDateField source="createdAt" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
