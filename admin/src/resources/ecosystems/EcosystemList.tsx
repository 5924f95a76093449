import { DataTable, List, NumberField, SearchInput, SelectArrayInput, TextField } from 'react-admin';
import { EnumField } from '../../fields/EnumField';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { enumChoices } from '../../graphql/enums';
import type { Ecosystem } from '../../graphql/types';
import { useNotifyError } from '../../errors/useNotifyError';
import { ListEmpty } from '../../ui/ListEmpty';

const filters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectArrayInput key="kinds" source="kinds" choices={enumChoices('EcosystemKind')} alwaysOn />,
];

export function EcosystemList() {
  const notifyError = useNotifyError();
  return (
    <List
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      queryOptions={{ onError: notifyError }}
      exporter={false}
      empty={<ListEmpty hint="alg.empty.ecosystems_hint" />}
    >
      <DataTable<Ecosystem> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="kind" disableSort>
          <EnumField source="kind" enumName="EcosystemKind" />
        </DataTable.Col>
        <DataTable.Col source="partnerName" disableSort>
          <TextField source="partnerName" emptyText="alg.common.none" />
        </DataTable.Col>
        <DataTable.Col source="memberCount" disableSort align="right">
          <NumberField source="memberCount" />
        </DataTable.Col>
        <DataTable.Col source="createdAt">
          <OrganizationDateField source="createdAt" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
