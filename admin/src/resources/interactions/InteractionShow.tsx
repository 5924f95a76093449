import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../../fields/EnumField';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { useShowErrorHandler } from '../../errors/useShowErrorHandler';

export function InteractionShow() {
  const onError = useShowErrorHandler();
  return (
    <Show queryOptions={{ onError }}>
      <SimpleShowLayout>
        <TextField source="name" />
        <EnumField source="kind" enumName="InteractionKind" />
        <EnumField source="venue" enumName="EventVenue" emptyText="alg.common.none" />
        <OrganizationDateField source="startsAt" showTime timeZoneSource="timeZone" emptyText="alg.common.none" />
        <OrganizationDateField source="endsAt" showTime timeZoneSource="timeZone" emptyText="alg.common.none" />
        <TextField source="timeZone" />
        <OrganizationDateField source="createdAt" showTime />
      </SimpleShowLayout>
    </Show>
  );
}
