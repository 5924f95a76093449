import { Create, ReferenceInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { useNotifyError } from '../../errors/useNotifyError';

export function BoothCreate() {
  const notifyError = useNotifyError();
  return (
    <Create redirect="list" mutationOptions={{ onError: notifyError }}>
      <SimpleForm>
        <ReferenceInput source="campaignId" reference="campaigns" perPage={100}>
          <SelectInput optionText="name" validate={required()} label="resources.booths.fields.campaignId" />
        </ReferenceInput>
        <TextInput source="name" validate={required()} helperText="alg.booths.name_helper" />
      </SimpleForm>
    </Create>
  );
}
