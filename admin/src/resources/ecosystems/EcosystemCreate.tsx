import { Create, maxLength, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { enumChoices } from '../../graphql/enums';
import { useNotifyError } from '../../errors/useNotifyError';

/** Form for `createEcosystem(input: { name, kind, partnerName })`. */
export function EcosystemCreate() {
  const notifyError = useNotifyError();
  return (
    <Create redirect="show" mutationOptions={{ onError: notifyError }}>
      <SimpleForm>
        <TextInput source="name" validate={[required(), maxLength(200)]} />
        <SelectInput source="kind" choices={enumChoices('EcosystemKind')} validate={required()} />
        <TextInput source="partnerName" helperText="alg.ecosystems.partner_name_helper" />
      </SimpleForm>
    </Create>
  );
}
