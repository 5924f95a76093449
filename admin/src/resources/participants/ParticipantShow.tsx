import {
  ArrayField,
  DataTable,
  EditButton,
  EmailField,
  NumberField,
  Show,
  Tab,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  UrlField,
  useRecordContext,
} from 'react-admin';
import { EnumField } from '../../fields/EnumField';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import type { Participant } from '../../graphql/types';
import { useShowErrorHandler } from '../../errors/useShowErrorHandler';
import { EraseButton } from './EraseButton';
import { ExportDataButton } from './ExportDataButton';
import { ParticipantActivity } from './ParticipantActivity';
import { ParticipantConsent } from './ParticipantConsent';
import { ParticipantEcosystems } from './ParticipantEcosystems';
import { ParticipantLineage } from './ParticipantLineage';
import { ParticipantScore } from './ParticipantScore';

function ParticipantActions() {
  const record = useRecordContext<Participant>();
  return (
    <TopToolbar>
      {record?.erasedAt ? null : <EditButton />}
      <ExportDataButton />
      <EraseButton />
    </TopToolbar>
  );
}

/** Shows a participant: profile, ecosystems, consent, lineage, advocate score and activity. */
export function ParticipantShow() {
  const onError = useShowErrorHandler();
  return (
    <Show queryOptions={{ onError }} actions={<ParticipantActions />}>
      <TabbedShowLayout>
        <Tab label="alg.participants.tabs.profile">
          <EmailField source="email" />
          <TextField source="firstName" emptyText="alg.common.none" />
          <TextField source="lastName" emptyText="alg.common.none" />
          <TextField source="title" emptyText="alg.common.none" />
          <TextField source="company" emptyText="alg.common.none" />
          <NumberField source="potentialReach" />
          <ArrayField source="profiles" emptyText="alg.participants.no_profiles">
            <DataTable bulkActionButtons={false}>
              <DataTable.Col source="network" disableSort>
                <EnumField source="network" enumName="Network" />
              </DataTable.Col>
              <DataTable.Col source="url" disableSort>
                <UrlField source="url" target="_blank" rel="noreferrer" emptyText="alg.common.none" />
              </DataTable.Col>
              <DataTable.Col source="size" disableSort>
                <NumberField source="size" emptyText="alg.common.none" />
              </DataTable.Col>
            </DataTable>
          </ArrayField>
          <OrganizationDateField source="createdAt" showTime />
          <OrganizationDateField source="erasedAt" showTime emptyText="alg.common.none" />
        </Tab>
        <Tab label="alg.participants.tabs.ecosystems" path="ecosystems">
          <ParticipantEcosystems />
        </Tab>
        <Tab label="alg.participants.tabs.consent" path="consent">
          <ParticipantConsent />
        </Tab>
        <Tab label="alg.participants.tabs.lineage" path="lineage">
          <ParticipantLineage />
        </Tab>
        <Tab label="alg.participants.tabs.score" path="score">
          <ParticipantScore />
        </Tab>
        <Tab label="alg.participants.tabs.activity" path="activity">
          <ParticipantActivity />
        </Tab>
      </TabbedShowLayout>
    </Show>
  );
}
