import { DataTable, List, NumberField, ReferenceInput, SelectArrayInput, SelectInput, TextField } from 'react-admin';
import { EnumField } from '../../fields/EnumField';
import { LinkedNameField } from '../../fields/LinkedNameField';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { enumChoices } from '../../graphql/enums';
import { useNotifyError } from '../../errors/useNotifyError';
import { ListEmpty } from '../../ui/ListEmpty';
import { ImportStatusField } from './ImportStatusField';

const filters = [
  <ReferenceInput key="ecosystemId" source="ecosystemId" reference="ecosystems" perPage={100} alwaysOn>
    <SelectInput optionText="name" label="resources.imports.fields.ecosystemId" />
  </ReferenceInput>,
  <ReferenceInput key="campaignId" source="campaignId" reference="campaigns" perPage={100}>
    <SelectInput optionText="name" label="resources.imports.fields.campaignId" />
  </ReferenceInput>,
  <SelectArrayInput key="statuses" source="statuses" choices={enumChoices('ImportStatus')} alwaysOn />,
];

export function ImportList() {
  const notifyError = useNotifyError();
  return (
    <List
      filters={filters}
      sort={{ field: 'startedAt', order: 'DESC' }}
      perPage={25}
      queryOptions={{ onError: notifyError, refetchInterval: 5_000 }}
      exporter={false}
      empty={<ListEmpty hint="alg.empty.imports_hint" />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="fileName">
          <TextField source="fileName" emptyText="alg.imports.inline_file" />
        </DataTable.Col>
        <DataTable.Col source="ecosystem.name" disableSort>
          <LinkedNameField source="ecosystem" reference="ecosystems" />
        </DataTable.Col>
        <DataTable.Col source="preset" disableSort>
          <EnumField source="preset" enumName="ImportPreset" />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
          <ImportStatusField />
        </DataTable.Col>
        <DataTable.Col source="createdCount" disableSort align="right">
          <NumberField source="createdCount" />
        </DataTable.Col>
        <DataTable.Col source="mergedCount" disableSort align="right">
          <NumberField source="mergedCount" />
        </DataTable.Col>
        <DataTable.Col source="rejectedCount" disableSort align="right">
          <NumberField source="rejectedCount" />
        </DataTable.Col>
        <DataTable.Col source="startedAt">
          <OrganizationDateField source="startedAt" showTime />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
