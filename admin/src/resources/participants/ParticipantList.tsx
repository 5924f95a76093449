import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button } from '@mui/material';
import {
  BooleanInput,
  CreateButton,
  DataTable,
  DateInput,
  ExportButton,
  FilterButton,
  FunctionField,
  List,
  LinkBase,
  NumberField,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { EnumField } from '../../fields/EnumField';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { PersonNameField } from '../../fields/PersonNameField';
import { enumChoices } from '../../graphql/enums';
import type { Participant } from '../../graphql/types';
import { useNotifyError } from '../../errors/useNotifyError';
import { ListEmpty } from '../../ui/ListEmpty';

const consentChoices = [
  { id: 'true', name: 'alg.participants.consent_given' },
  { id: 'false', name: 'alg.participants.consent_withdrawn' },
];

const participantFilters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <ReferenceInput
    key="ecosystemId"
    source="ecosystemId"
    reference="ecosystems"
    perPage={100}
    sort={{ field: 'name', order: 'ASC' }}
    alwaysOn
  >
    <SelectInput optionText="name" label="resources.participants.fields.ecosystemId" />
  </ReferenceInput>,
  <SelectArrayInput key="origins" source="origins" choices={enumChoices('ParticipantOrigin')} />,
  <ReferenceInput key="sourceCampaignId" source="sourceCampaignId" reference="campaigns" perPage={100}>
    <SelectInput optionText="name" label="resources.participants.fields.sourceCampaignId" />
  </ReferenceInput>,
  <SelectInput key="contactConsent" source="contactConsent" choices={consentChoices} />,
  <DateInput key="createdFrom" source="createdFrom" label="alg.filters.created_from" />,
  <DateInput key="createdTo" source="createdTo" label="alg.filters.created_to" />,
  <BooleanInput key="includeErased" source="includeErased" />,
];

/** Translation key of a participant's contact state. */
function consentKey(participant: Participant): string {
  if (participant.erasedAt) return 'alg.participants.erased';
  return participant.consent?.contact ? 'alg.participants.consent_given' : 'alg.participants.consent_withdrawn';
}

function ParticipantListActions() {
  const translate = useTranslate();
  return (
    <TopToolbar>
      <FilterButton />
      <Button component={LinkBase} to="/imports/create" size="small" startIcon={<UploadFileIcon />}>
        {translate('alg.participants.import')}
      </Button>
      <CreateButton />
      <ExportButton />
    </TopToolbar>
  );
}

export function ParticipantList() {
  const notifyError = useNotifyError();
  const translate = useTranslate();
  return (
    <List
      filters={participantFilters}
      actions={<ParticipantListActions />}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      queryOptions={{ onError: notifyError }}
      empty={
        <ListEmpty
          hint="alg.empty.participants_hint"
          actions={
            <Button component={LinkBase} to="/imports/create" variant="outlined">
              {translate('alg.participants.import')}
            </Button>
          }
        />
      }
    >
      <DataTable<Participant> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="email" />
        <DataTable.Col source="name" disableSort>
          <PersonNameField />
        </DataTable.Col>
        <DataTable.Col source="company" disableSort>
          <TextField source="company" emptyText="alg.common.none" />
        </DataTable.Col>
        <DataTable.Col source="lineage.origin" disableSort>
          <EnumField source="lineage.origin" enumName="ParticipantOrigin" />
        </DataTable.Col>
        <DataTable.Col source="potentialReach" disableSort align="right">
          <NumberField source="potentialReach" />
        </DataTable.Col>
        <DataTable.Col source="consent.contact" disableSort>
          <FunctionField<Participant> render={(record) => translate(consentKey(record))} />
        </DataTable.Col>
        <DataTable.Col source="createdAt">
          <OrganizationDateField source="createdAt" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
