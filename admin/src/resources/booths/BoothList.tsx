import { Box } from '@mui/material';
import {
  DataTable,
  DeleteButton,
  FunctionField,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextField,
  UrlField,
  useNotify,
  useTranslate,
} from 'react-admin';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { useNotifyError } from '../../errors/useNotifyError';
import { ListEmpty } from '../../ui/ListEmpty';

const filters = [
  <ReferenceInput key="campaignId" source="campaignId" reference="campaigns" perPage={100} alwaysOn>
    <SelectInput optionText="name" label="resources.booths.fields.campaignId" />
  </ReferenceInput>,
];

/** Booths: QR codes that record a BOOTH_VISITED completion and open the share page. */
export function BoothList() {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  return (
    <List
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      queryOptions={{ onError: notifyError }}
      exporter={false}
      empty={<ListEmpty hint="alg.empty.booths_hint" />}
    >
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="name" disableSort>
          <TextField source="name" />
        </DataTable.Col>
        <DataTable.Col source="campaignId" disableSort>
          <ReferenceField source="campaignId" reference="campaigns" link="show" />
        </DataTable.Col>
        <DataTable.Col source="qrCodeUrl" disableSort>
          <FunctionField
            render={(record: { qrCodeUrl: string; name: string }) => (
              <Box component="a" href={record.qrCodeUrl} target="_blank" rel="noreferrer" download>
                <Box
                  component="img"
                  src={record.qrCodeUrl}
                  alt={translate('alg.booths.qr_alt', { name: record.name })}
                  sx={{ width: 72, height: 72 }}
                />
              </Box>
            )}
          />
        </DataTable.Col>
        <DataTable.Col source="checkInUrl" disableSort>
          <UrlField source="checkInUrl" target="_blank" rel="noreferrer" />
        </DataTable.Col>
        <DataTable.Col source="createdAt">
          <OrganizationDateField source="createdAt" />
        </DataTable.Col>
        <DataTable.Col label={false} disableSort>
          <DeleteButton
            mutationMode="pessimistic"
            redirect={false}
            mutationOptions={{ onError: notifyError, onSuccess: () => notify('alg.booths.deleted', { type: 'info' }) }}
          />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
