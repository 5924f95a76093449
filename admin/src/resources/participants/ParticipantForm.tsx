import {
  ArrayInput,
  BooleanInput,
  email,
  NumberInput,
  ReferenceArrayInput,
  required,
  SelectArrayInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { enumChoices } from '../../graphql/enums';

/** Fields of a participant; consent and ecosystems are set at creation here and have their own actions later. */
export function ParticipantForm({ creating }: { creating: boolean }) {
  return (
    <SimpleForm>
      <TextInput source="email" type="email" validate={[required(), email()]} fullWidth />
      <TextInput source="firstName" />
      <TextInput source="lastName" />
      <TextInput source="company" />
      <TextInput source="title" />
      <ArrayInput source="profiles" label="resources.participants.fields.profiles">
        <SimpleFormIterator inline disableReordering>
          <SelectInput source="network" choices={enumChoices('Network')} validate={required()} />
          <TextInput source="url" type="url" />
          <NumberInput source="size" min={0} />
        </SimpleFormIterator>
      </ArrayInput>
      {creating ? (
        <>
          <ReferenceArrayInput source="ecosystemIds" reference="ecosystems" perPage={100}>
            <SelectArrayInput optionText="name" label="resources.participants.fields.ecosystems" />
          </ReferenceArrayInput>
          <BooleanInput source="contactConsent" defaultValue helperText="alg.participants.contact_consent_helper" />
          <BooleanInput
            source="partnerSharingConsent"
            defaultValue={false}
            helperText="alg.participants.partner_sharing_helper"
          />
        </>
      ) : null}
    </SimpleForm>
  );
}
