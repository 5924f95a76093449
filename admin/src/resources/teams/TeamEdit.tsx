import { Edit } from 'react-admin';
import { useNotifyError } from '../../errors/useNotifyError';
import { TeamForm } from './TeamForm';

export function TeamEdit() {
  const notifyError = useNotifyError();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError: notifyError }}>
      <TeamForm />
    </Edit>
  );
}
