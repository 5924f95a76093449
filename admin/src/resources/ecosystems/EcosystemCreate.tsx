import { Create } from 'react-admin';
import { useNotifyError } from '../../errors/useNotifyError';
import { EcosystemForm } from './EcosystemForm';

export function EcosystemCreate() {
  const notifyError = useNotifyError();
  return (
    <Create redirect="show" mutationOptions={{ onError: notifyError }}>
      <EcosystemForm />
    </Create>
  );
}
