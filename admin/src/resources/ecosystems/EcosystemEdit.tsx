import { Edit } from 'react-admin';
import { useNotifyError } from '../../errors/useNotifyError';
import { EcosystemForm } from './EcosystemForm';

export function EcosystemEdit() {
  const notifyError = useNotifyError();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError: notifyError }}>
      <EcosystemForm />
    </Edit>
  );
}
