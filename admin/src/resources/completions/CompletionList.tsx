import { DataTable, List, ReferenceInput, SelectArrayInput, SelectInput, TextField } from 'react-admin';
import { EnumField } from '../../fields/EnumField';
import { LinkedNameField } from '../../fields/LinkedNameField';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { enumChoices } from '../../graphql/enums';
import { useNotifyError } from '../../errors/useNotifyError';
import { ListEmpty } from '../../ui/ListEmpty';

const filters = [
  <ReferenceInput key="campaignId" source="campaignId" reference="campaigns" perPage={100} alwaysOn>
    <SelectInput optionText="name" label="resources.completions.fields.campaign" />
  </ReferenceInput>,
  <SelectArrayInput key="kinds" source="kinds" choices={enumChoices('CompletionKind')} alwaysOn />,
];

/** Completion moments, newest first: the triggers that invite participants to share. */
export function CompletionList() {
  const notifyError = useNotifyError();
  return (
    <List
      filters={filters}
      sort={{ field: 'occurredAt', order: 'DESC' }}
      perPage={25}
      queryOptions={{ onError: notifyError }}
      exporter={false}
      empty={<ListEmpty hint="alg.empty.completions_hint" />}
    >
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="participant.email" label="resources.completions.fields.participant" disableSort>
          <LinkedNameField source="participant" reference="participants" />
        </DataTable.Col>
        <DataTable.Col source="campaign.name" label="resources.completions.fields.campaign" disableSort>
          <LinkedNameField source="campaign" reference="campaigns" />
        </DataTable.Col>
        <DataTable.Col source="kind" disableSort>
          <EnumField source="kind" enumName="CompletionKind" />
        </DataTable.Col>
        <DataTable.Col source="source" disableSort>
          <EnumField source="source" enumName="CompletionSource" />
        </DataTable.Col>
        <DataTable.Col source="externalId" disableSort>
          <TextField source="externalId" emptyText="alg.common.none" />
        </DataTable.Col>
        <DataTable.Col source="occurredAt">
          <OrganizationDateField source="occurredAt" showTime />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
