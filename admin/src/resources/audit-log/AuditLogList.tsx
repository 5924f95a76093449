import { Chip } from '@mui/material';
import { DataTable, FunctionField, List, TextField, TextInput } from 'react-admin';
import { useNotifyError } from '../../errors/useNotifyError';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { EmptyState } from '../../ui/EmptyState';

const filters = [<TextInput key="actor" source="actor" alwaysOn helperText="alg.audit.actor_helper" />];

/** Lists who changed what, from where and when, newest first. */
export function AuditLogList() {
  const notifyError = useNotifyError();
  return (
    <List
      filters={filters}
      perPage={50}
      queryOptions={{ onError: notifyError }}
      exporter={false}
      empty={<EmptyState title="alg.empty.audit-log" hint="alg.empty.audit-log_hint" />}
    >
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="occurredAt" disableSort>
          <OrganizationDateField source="occurredAt" showTime />
        </DataTable.Col>
        <DataTable.Col source="actor" disableSort>
          <TextField source="actor" sx={{ fontFamily: 'monospace' }} />
        </DataTable.Col>
        <DataTable.Col source="operation" disableSort />
        <DataTable.Col source="fields" disableSort>
          <FunctionField render={(record: { fields: string[] }) => record.fields.join(', ')} />
        </DataTable.Col>
        <DataTable.Col source="outcome" disableSort>
          <FunctionField
            render={(record: { outcome: string; errorCodes: string[] }) => (
              <Chip
                size="small"
                color={record.errorCodes.length > 0 ? 'warning' : 'success'}
                label={
                  record.errorCodes.length > 0 ? `${record.outcome}: ${record.errorCodes.join(', ')}` : record.outcome
                }
              />
            )}
          />
        </DataTable.Col>
        <DataTable.Col source="clientAddress" disableSort>
          <TextField source="clientAddress" emptyText="alg.common.none" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
