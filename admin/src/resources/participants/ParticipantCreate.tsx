import { Create } from 'react-admin';
import { useNotifyError } from '../../errors/useNotifyError';
import { ParticipantForm } from './ParticipantForm';

/** Creates a participant, or merges into the one with the same e-mail, as the API does. */
export function ParticipantCreate() {
  const notifyError = useNotifyError();
  return (
    <Create redirect="show" mutationOptions={{ onError: notifyError }}>
      <ParticipantForm creating />
    </Create>
  );
}
