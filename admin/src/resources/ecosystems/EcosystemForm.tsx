import { FormDataConsumer, maxLength, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { enumChoices } from '../../graphql/enums';

/** Fields of an ecosystem; a partner name belongs to partner networks only, as the API requires. */
export function EcosystemForm() {
  return (
    <SimpleForm>
      <TextInput source="name" validate={[required(), maxLength(200)]} />
      <SelectInput source="kind" choices={enumChoices('EcosystemKind')} validate={required()} />
      <FormDataConsumer>
        {({ formData }) =>
          formData.kind === 'PARTNER_NETWORK' ? (
            <TextInput source="partnerName" validate={required()} helperText="alg.ecosystems.partner_name_helper" />
          ) : null
        }
      </FormDataConsumer>
      <TextInput source="description" multiline minRows={2} fullWidth />
    </SimpleForm>
  );
}
