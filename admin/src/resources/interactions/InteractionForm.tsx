import { FormDataConsumer, maxLength, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { organizationTimeZone } from '../../auth/session';
import { enumChoices } from '../../graphql/enums';
import { ZonedDateTimeInput } from '../../inputs/ZonedDateTimeInput';

function validTimeZone(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value.trim() });
    return undefined;
  } catch {
    return 'alg.interactions.errors.time_zone';
  }
}

/**
 * Fields of an interaction. Events need a venue, as the API requires, and
 * the schedule is entered in the interaction's own time zone.
 */
export function InteractionForm() {
  return (
    <SimpleForm>
      <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
      <SelectInput source="kind" choices={enumChoices('InteractionKind')} validate={required()} />
      <FormDataConsumer>
        {({ formData }) =>
          formData.kind === 'EVENT' ? (
            <SelectInput source="venue" choices={enumChoices('EventVenue')} validate={required()} />
          ) : null
        }
      </FormDataConsumer>
      <TextInput source="timeZone" validate={validTimeZone} helperText="alg.interactions.time_zone_helper" />
      <FormDataConsumer>
        {({ formData }) => {
          const zone =
            typeof formData.timeZone === 'string' && !validTimeZone(formData.timeZone) && formData.timeZone.trim()
              ? formData.timeZone.trim()
              : organizationTimeZone();
          return (
            <>
              <ZonedDateTimeInput source="startsAt" timeZone={zone} />
              <ZonedDateTimeInput source="endsAt" timeZone={zone} />
            </>
          );
        }}
      </FormDataConsumer>
      <TextInput source="location" fullWidth helperText="alg.interactions.location_helper" />
      <TextInput source="description" multiline minRows={2} fullWidth />
    </SimpleForm>
  );
}
