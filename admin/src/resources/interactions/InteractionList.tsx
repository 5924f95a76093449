import { DataTable, List, TextField } from 'react-admin';
import { EnumField } from '../../fields/EnumField';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import type { Interaction } from '../../graphql/types';
import { useNotifyError } from '../../errors/useNotifyError';

export function InteractionList() {
  const notifyError = useNotifyError();
  return (
    <List perPage={25} queryOptions={{ onError: notifyError }} exporter={false}>
      <DataTable<Interaction> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" disableSort />
        <DataTable.Col source="kind" disableSort>
          <EnumField source="kind" enumName="InteractionKind" />
        </DataTable.Col>
        <DataTable.Col source="venue" disableSort>
          <EnumField source="venue" enumName="EventVenue" emptyText="alg.common.none" />
        </DataTable.Col>
        <DataTable.Col source="startsAt" disableSort>
          <OrganizationDateField source="startsAt" showTime timeZoneSource="timeZone" emptyText="alg.common.none" />
        </DataTable.Col>
        <DataTable.Col source="timeZone" disableSort>
          <TextField source="timeZone" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
