import { Edit } from 'react-admin';
import { useNotifyError } from '../../errors/useNotifyError';
import { ParticipantForm } from './ParticipantForm';

export function ParticipantEdit() {
  const notifyError = useNotifyError();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError: notifyError }}>
      <ParticipantForm creating={false} />
    </Edit>
  );
}
