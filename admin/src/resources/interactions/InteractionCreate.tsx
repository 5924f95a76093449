import { Create } from 'react-admin';
import { organizationTimeZone } from '../../auth/session';
import { useNotifyError } from '../../errors/useNotifyError';
import { InteractionForm } from './InteractionForm';

export function InteractionCreate() {
  const notifyError = useNotifyError();
  return (
    <Create redirect="show" mutationOptions={{ onError: notifyError }} record={{ timeZone: organizationTimeZone() }}>
      <InteractionForm />
    </Create>
  );
}
