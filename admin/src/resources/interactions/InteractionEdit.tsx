import { Edit } from 'react-admin';
import { useNotifyError } from '../../errors/useNotifyError';
import { InteractionForm } from './InteractionForm';

export function InteractionEdit() {
  const notifyError = useNotifyError();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError: notifyError }}>
      <InteractionForm />
    </Edit>
  );
}
