import { Box, Button, Chip } from '@mui/material';
import { useState } from 'react';
import {
  Confirm,
  CreateButton,
  DataTable,
  FunctionField,
  List,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { API_KEY_SELECTION } from '../../dataProvider/definitions/apiKeys';
import type { ConsoleDataProvider } from '../../dataProvider/dataProvider';
import { useNotifyError } from '../../errors/useNotifyError';
import { EnumField } from '../../fields/EnumField';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { enumChoices } from '../../graphql/enums';
import { ListEmpty } from '../../ui/ListEmpty';

const REVOKE = `mutation RevokeApiKey($id: ID!) { result: revokeApiKey(id: $id) { ${API_KEY_SELECTION} } }`;

const filters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectInput key="role" source="role" choices={enumChoices('ApiKeyRole')} alwaysOn />,
];

function RevokeButton() {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string; name: string; revokedAt?: string | null }>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  if (!record || record.revokedAt) return null;
  const revoke = async () => {
    try {
      await dataProvider.mutate(REVOKE, { id: record.id }, ['api-keys']);
      notify('alg.api_keys.revoked', { type: 'info', messageArgs: { name: record.name } });
      refresh();
    } catch (error) {
      notifyError(error);
    } finally {
      setOpen(false);
    }
  };
  return (
    <>
      <Button size="small" color="error" onClick={() => setOpen(true)}>
        {translate('alg.api_keys.revoke')}
      </Button>
      <Confirm
        isOpen={open}
        title="alg.api_keys.revoke_title"
        content="alg.api_keys.revoke_content"
        translateOptions={{ name: record.name }}
        onConfirm={revoke}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

/** Lists the organization's API keys, their roles and scopes, with revocation. */
export function ApiKeyList() {
  const translate = useTranslate();
  const notifyError = useNotifyError();
  return (
    <List
      filters={filters}
      actions={
        <TopToolbar>
          <CreateButton label="alg.api_keys.create" />
        </TopToolbar>
      }
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      queryOptions={{ onError: notifyError }}
      exporter={false}
      empty={<ListEmpty hint="alg.empty.api-keys_hint" />}
    >
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="role">
          <EnumField source="role" enumName="ApiKeyRole" />
        </DataTable.Col>
        <DataTable.Col source="scopes" disableSort>
          <FunctionField
            render={(record: { scopes: string[] }) => (
              <Box sx={{ display: 'flex', gap: 0.5 }}>
                {record.scopes.map((scope) => (
                  <Chip key={scope} size="small" label={translate(`alg.enums.ApiKeyScope.${scope}`)} />
                ))}
              </Box>
            )}
          />
        </DataTable.Col>
        <DataTable.Col source="partnerName" disableSort>
          <TextField source="partnerName" emptyText="alg.common.none" />
        </DataTable.Col>
        <DataTable.Col source="createdAt">
          <OrganizationDateField source="createdAt" />
        </DataTable.Col>
        <DataTable.Col source="revokedAt">
          <OrganizationDateField source="revokedAt" showTime emptyText="alg.api_keys.active" />
        </DataTable.Col>
        <DataTable.Col label={false} disableSort>
          <RevokeButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
