import { Chip } from '@mui/material';
import {
  BooleanInput,
  DataTable,
  FunctionField,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextField,
  useTranslate,
} from 'react-admin';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { useNotifyError } from '../../errors/useNotifyError';
import { ListEmpty } from '../../ui/ListEmpty';

const filters = [
  <ReferenceInput key="campaignId" source="campaignId" reference="campaigns" perPage={100} alwaysOn>
    <SelectInput optionText="name" label="resources.completion-webhooks.fields.campaignId" />
  </ReferenceInput>,
  <BooleanInput key="includeDisabled" source="includeDisabled" alwaysOn />,
];

/** Webhook endpoints where providers deliver signed completion moments. */
export function CompletionWebhookList() {
  const translate = useTranslate();
  const notifyError = useNotifyError();
  return (
    <List
      filters={filters}
      filterDefaultValues={{ includeDisabled: true }}
      sort={{ field: 'createdAt', order: 'ASC' }}
      perPage={25}
      queryOptions={{ onError: notifyError }}
      exporter={false}
      empty={<ListEmpty hint="alg.empty.completion-webhooks_hint" />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" disableSort />
        <DataTable.Col source="campaignId" disableSort>
          <ReferenceField source="campaignId" reference="campaigns" link="show" emptyText="alg.webhooks.any_campaign" />
        </DataTable.Col>
        <DataTable.Col source="url" disableSort>
          <TextField source="url" sx={{ fontFamily: 'monospace' }} />
        </DataTable.Col>
        <DataTable.Col source="disabledAt" label="alg.webhooks.state" disableSort>
          <FunctionField
            render={(record: { disabledAt?: string | null }) => (
              <Chip
                size="small"
                color={record.disabledAt ? 'default' : 'success'}
                label={translate(record.disabledAt ? 'alg.webhooks.disabled' : 'alg.webhooks.enabled')}
              />
            )}
          />
        </DataTable.Col>
        <DataTable.Col source="rotatedAt" disableSort>
          <OrganizationDateField source="rotatedAt" showTime emptyText="alg.webhooks.never_rotated" />
        </DataTable.Col>
        <DataTable.Col source="createdAt">
          <OrganizationDateField source="createdAt" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
