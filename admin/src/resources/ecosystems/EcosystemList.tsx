import { DataTable, List, TextField } from 'react-admin';
import { EnumField } from '../../fields/EnumField';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import type { Ecosystem } from '../../graphql/types';
import { useNotifyError } from '../../errors/useNotifyError';

export function EcosystemList() {
  const notifyError = useNotifyError();
  return (
    <List perPage={25} queryOptions={{ onError: notifyError }} exporter={false}>
      <DataTable<Ecosystem> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" disableSort />
        <DataTable.Col source="kind" disableSort>
          <EnumField source="kind" enumName="EcosystemKind" />
        </DataTable.Col>
        <DataTable.Col source="partnerName" disableSort>
          <TextField source="partnerName" emptyText="alg.common.none" />
        </DataTable.Col>
        <DataTable.Col source="createdAt" disableSort>
          <OrganizationDateField source="createdAt" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
