import { maxLength, required, SimpleForm, TextInput } from 'react-admin';

export function TeamForm() {
  return (
    <SimpleForm>
      <TextInput source="name" validate={[required(), maxLength(200)]} />
      <TextInput source="description" multiline minRows={2} fullWidth />
    </SimpleForm>
  );
}
