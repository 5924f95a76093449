import { DataTable, DateInput, List, SearchInput, SelectArrayInput, TextField } from 'react-admin';
import { EnumField } from '../../fields/EnumField';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { enumChoices } from '../../graphql/enums';
import type { Interaction } from '../../graphql/types';
import { useNotifyError } from '../../errors/useNotifyError';
import { ListEmpty } from '../../ui/ListEmpty';

const filters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectArrayInput key="kinds" source="kinds" choices={enumChoices('InteractionKind')} alwaysOn />,
  <DateInput key="from" source="from" label="alg.filters.ends_from" />,
  <DateInput key="to" source="to" label="alg.filters.starts_before" />,
];

export function InteractionList() {
  const notifyError = useNotifyError();
  return (
    <List
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      queryOptions={{ onError: notifyError }}
      exporter={false}
      empty={<ListEmpty hint="alg.empty.interactions_hint" />}
    >
      <DataTable<Interaction> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
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
        <DataTable.Col source="createdAt">
          <OrganizationDateField source="createdAt" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
