import KeyIcon from '@mui/icons-material/Key';
import type { ResourceProps } from 'react-admin';
import { ApiKeyCreate } from './ApiKeyCreate';
import { ApiKeyList } from './ApiKeyList';

export const apiKeysResource: ResourceProps = {
  name: 'api-keys',
  list: ApiKeyList,
  create: ApiKeyCreate,
  icon: KeyIcon,
  recordRepresentation: 'name',
};
