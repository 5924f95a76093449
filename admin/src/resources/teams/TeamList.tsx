import { DataTable, List, SearchInput, TextField } from 'react-admin';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { useNotifyError } from '../../errors/useNotifyError';
import { ListEmpty } from '../../ui/ListEmpty';

export function TeamList() {
  const notifyError = useNotifyError();
  return (
    <List
      filters={[<SearchInput key="search" source="search" alwaysOn />]}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
      queryOptions={{ onError: notifyError }}
      exporter={false}
      empty={<ListEmpty hint="alg.empty.teams_hint" />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="description" disableSort>
          <TextField source="description" emptyText="alg.common.none" />
        </DataTable.Col>
        <DataTable.Col source="createdAt">
          <OrganizationDateField source="createdAt" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
