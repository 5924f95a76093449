import { MenuItem, TextField as MuiTextField } from '@mui/material';
import { useState } from 'react';
import {
  DataTable,
  DeleteButton,
  EmailField,
  List,
  SearchInput,
  SelectInput,
  TextField,
  useRecordContext,
  useTranslate,
  useUpdate,
  useNotify,
} from 'react-admin';
import { readSession } from '../../auth/session';
import { useNotifyError } from '../../errors/useNotifyError';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { enumChoices, enumValues } from '../../graphql/enums';
import { ListEmpty } from '../../ui/ListEmpty';

const filters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectInput key="role" source="role" choices={enumChoices('ApiKeyRole')} alwaysOn />,
];

/** Picks a member's role; the role shown changes once the server has changed it. */
function RoleSelect() {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string; role: string; email: string }>();
  const [update, { isPending }] = useUpdate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const [role, setRole] = useState<string | null>(null);
  if (!record) return null;
  const isSelf = isSignedIn(record.email);
  return (
    <MuiTextField
      fullWidth={false}
      select
      size="small"
      value={role ?? record.role}
      disabled={isPending || isSelf}
      onClick={(event) => event.stopPropagation()}
      onChange={(event) => {
        const next = event.target.value;
        setRole(next);
        update(
          'members',
          { id: record.id, data: { role: next }, previousData: record },
          {
            mutationMode: 'pessimistic',
            onSuccess: () =>
              notify('alg.members.role_changed', { type: 'success', messageArgs: { email: record.email } }),
            onError: (error) => notifyError(error),
            onSettled: () => setRole(null),
          },
        );
      }}
      slotProps={{ htmlInput: { 'aria-label': translate('alg.members.role_of', { email: record.email }) } }}
      helperText={isSelf ? translate('alg.members.own_role') : undefined}
    >
      {enumValues.ApiKeyRole.map((value) => (
        <MenuItem key={value} value={value}>
          {translate(`alg.enums.ApiKeyRole.${value}`)}
        </MenuItem>
      ))}
    </MuiTextField>
  );
}

function isSignedIn(email: string): boolean {
  const credential = readSession()?.credential;
  return credential?.kind === 'password' && credential.email.toLowerCase() === email.toLowerCase();
}

/** Removes a member after a confirmation. The signed-in user cannot remove themselves, so an organization keeps its admin. */
function RemoveButton() {
  const record = useRecordContext<{ email: string }>();
  const notifyError = useNotifyError();
  if (!record || isSignedIn(record.email)) return null;
  return (
    <DeleteButton
      mutationMode="pessimistic"
      redirect={false}
      label="alg.members.remove"
      confirmTitle="alg.members.remove_title"
      confirmContent="alg.members.remove_content"
      mutationOptions={{ onError: notifyError }}
    />
  );
}

/** Console users of the organization with their roles. */
export function MemberList() {
  const notifyError = useNotifyError();
  return (
    <List
      filters={filters}
      sort={{ field: 'email', order: 'ASC' }}
      perPage={25}
      queryOptions={{ onError: notifyError }}
      exporter={false}
      empty={<ListEmpty hint="alg.empty.members_hint" />}
    >
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="email">
          <EmailField source="email" />
        </DataTable.Col>
        <DataTable.Col source="displayName">
          <TextField source="displayName" />
        </DataTable.Col>
        <DataTable.Col source="role">
          <RoleSelect />
        </DataTable.Col>
        <DataTable.Col source="createdAt">
          <OrganizationDateField source="createdAt" />
        </DataTable.Col>
        <DataTable.Col label={false} disableSort>
          <RemoveButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
