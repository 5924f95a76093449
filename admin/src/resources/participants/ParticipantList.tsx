import { DataTable, List, ReferenceInput, SelectInput, TextField } from 'react-admin';
import { EnumField } from '../../fields/EnumField';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { PersonNameField } from '../../fields/PersonNameField';
import type { Participant } from '../../graphql/types';
import { useNotifyError } from '../../errors/useNotifyError';

const participantFilters = [
  <ReferenceInput key="ecosystemId" source="ecosystemId" reference="ecosystems" perPage={100} alwaysOn>
    <SelectInput optionText="name" label="resources.participants.fields.ecosystemId" />
  </ReferenceInput>,
];

export function ParticipantList() {
  const notifyError = useNotifyError();
  return (
    <List filters={participantFilters} perPage={25} queryOptions={{ onError: notifyError }} exporter={false}>
      <DataTable<Participant> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="email" disableSort />
        <DataTable.Col source="name" disableSort>
          <PersonNameField />
        </DataTable.Col>
        <DataTable.Col source="company" disableSort>
          <TextField source="company" emptyText="alg.common.none" />
        </DataTable.Col>
        <DataTable.Col source="lineage.origin" disableSort>
          <EnumField source="lineage.origin" enumName="ParticipantOrigin" />
        </DataTable.Col>
        <DataTable.Col source="createdAt" disableSort>
          <OrganizationDateField source="createdAt" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
