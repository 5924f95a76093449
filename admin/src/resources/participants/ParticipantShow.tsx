import {
  ArrayField,
  ChipField,
  EmailField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
} from 'react-admin';
import { EnumField } from '../../fields/EnumField';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { SectionHeading } from '../../fields/SectionHeading';
import { useShowErrorHandler } from '../../errors/useShowErrorHandler';

/** Shows a participant's contact details, ecosystems and lineage. */
export function ParticipantShow() {
  const onError = useShowErrorHandler();
  return (
    <Show queryOptions={{ onError }}>
      <SimpleShowLayout>
        <EmailField source="email" />
        <TextField source="firstName" emptyText="alg.common.none" />
        <TextField source="lastName" emptyText="alg.common.none" />
        <TextField source="title" emptyText="alg.common.none" />
        <TextField source="company" emptyText="alg.common.none" />
        <OrganizationDateField source="createdAt" showTime />
        <ArrayField source="ecosystems" emptyText="alg.participants.no_ecosystems">
          <SingleFieldList linkType={false}>
            <ChipField source="name" size="small" />
          </SingleFieldList>
        </ArrayField>
      </SimpleShowLayout>
      <SectionHeading title="alg.participants.lineage.title" />
      <SimpleShowLayout>
        <EnumField source="lineage.origin" enumName="ParticipantOrigin" />
        <ReferenceField
          source="lineage.sourceCampaignId"
          reference="campaigns"
          link="show"
          emptyText="alg.common.none"
        />
        <ReferenceField
          source="lineage.sourceAdvocateId"
          reference="participants"
          link="show"
          emptyText="alg.common.none"
        />
      </SimpleShowLayout>
    </Show>
  );
}
