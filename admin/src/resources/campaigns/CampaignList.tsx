import GridOnIcon from '@mui/icons-material/GridOn';
import { Button } from '@mui/material';
import {
  CreateButton,
  DataTable,
  DateInput,
  ExportButton,
  FilterButton,
  List,
  NumberField,
  ReferenceArrayInput,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  TopToolbar,
  useTranslate,
  LinkBase,
} from 'react-admin';
import { EnumField } from '../../fields/EnumField';
import { LinkedNameField } from '../../fields/LinkedNameField';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { enumChoices } from '../../graphql/enums';
import type { Campaign } from '../../graphql/types';
import { useNotifyError } from '../../errors/useNotifyError';
import { ListEmpty } from '../../ui/ListEmpty';

const campaignFilters = [
  <SearchInput key="search" source="search" alwaysOn />,
  <SelectArrayInput key="statuses" source="statuses" choices={enumChoices('CampaignStatus')} alwaysOn />,
  <SelectArrayInput key="outcomes" source="outcomes" choices={enumChoices('CampaignOutcome')} />,
  <ReferenceInput
    key="ecosystemId"
    source="ecosystemId"
    reference="ecosystems"
    perPage={100}
    sort={{ field: 'name', order: 'ASC' }}
  >
    <SelectInput optionText="name" label="resources.campaigns.fields.ecosystemId" />
  </ReferenceInput>,
  <ReferenceInput
    key="interactionId"
    source="interactionId"
    reference="interactions"
    perPage={100}
    sort={{ field: 'name', order: 'ASC' }}
  >
    <SelectInput optionText="name" label="resources.campaigns.fields.interactionId" />
  </ReferenceInput>,
  <ReferenceArrayInput
    key="teamIds"
    source="teamIds"
    reference="teams"
    perPage={100}
    sort={{ field: 'name', order: 'ASC' }}
  >
    <SelectArrayInput optionText="name" label="resources.campaigns.fields.teamIds" />
  </ReferenceArrayInput>,
  <DateInput key="from" source="from" label="alg.filters.active_from" />,
  <DateInput key="to" source="to" label="alg.filters.active_to" />,
];

function CampaignListActions() {
  const translate = useTranslate();
  return (
    <TopToolbar>
      <FilterButton />
      <Button component={LinkBase} to="/matrix" size="small" startIcon={<GridOnIcon />}>
        {translate('alg.campaigns.open_matrix')}
      </Button>
      <CreateButton />
      <ExportButton />
    </TopToolbar>
  );
}

export function CampaignList() {
  const notifyError = useNotifyError();
  return (
    <List
      filters={campaignFilters}
      actions={<CampaignListActions />}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      queryOptions={{ onError: notifyError }}
      empty={<ListEmpty hint="alg.empty.campaigns_hint" />}
    >
      <DataTable<Campaign> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="status">
          <EnumField source="status" enumName="CampaignStatus" />
        </DataTable.Col>
        <DataTable.Col source="outcome" disableSort>
          <EnumField source="outcome" enumName="CampaignOutcome" />
        </DataTable.Col>
        <DataTable.Col source="ecosystem.name" disableSort>
          <LinkedNameField source="ecosystem" reference="ecosystems" />
        </DataTable.Col>
        <DataTable.Col source="interaction.name" disableSort>
          <LinkedNameField source="interaction" reference="interactions" />
        </DataTable.Col>
        <DataTable.Col source="team.name" disableSort>
          <LinkedNameField source="team" reference="teams" />
        </DataTable.Col>
        <DataTable.Col source="invitationCount" disableSort align="right">
          <NumberField source="invitationCount" />
        </DataTable.Col>
        <DataTable.Col source="createdAt">
          <OrganizationDateField source="createdAt" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
