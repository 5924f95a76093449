import { Create } from 'react-admin';
import { useNotifyError } from '../../errors/useNotifyError';
import { TeamForm } from './TeamForm';

export function TeamCreate() {
  const notifyError = useNotifyError();
  return (
    <Create redirect="show" mutationOptions={{ onError: notifyError }}>
      <TeamForm />
    </Create>
  );
}
