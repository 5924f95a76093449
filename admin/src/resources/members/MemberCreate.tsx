import { Create, email, minLength, PasswordInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { useNotifyError } from '../../errors/useNotifyError';
import { enumChoices } from '../../graphql/enums';

/** Adds a console user with a role; an initial password of 12 characters or more, or none for single sign-on. */
export function MemberCreate() {
  const notifyError = useNotifyError();
  return (
    <Create redirect="list" mutationOptions={{ onError: notifyError }}>
      <SimpleForm defaultValues={{ role: 'VIEWER' }}>
        <TextInput source="email" type="email" validate={[required(), email()]} />
        <TextInput source="displayName" validate={required()} />
        <SelectInput source="role" choices={enumChoices('ApiKeyRole')} validate={required()} />
        <PasswordInput
          source="password"
          validate={minLength(12)}
          helperText="alg.members.password_helper"
          autoComplete="new-password"
        />
      </SimpleForm>
    </Create>
  );
}
