import HubIcon from '@mui/icons-material/Hub';
import type { ResourceProps } from 'react-admin';
import { EcosystemCreate } from './EcosystemCreate';
import { EcosystemEdit } from './EcosystemEdit';
import { EcosystemList } from './EcosystemList';
import { EcosystemShow } from './EcosystemShow';

export const ecosystemsResource: ResourceProps = {
  name: 'ecosystems',
  list: EcosystemList,
  show: EcosystemShow,
  create: EcosystemCreate,
  edit: EcosystemEdit,
  icon: HubIcon,
  recordRepresentation: 'name',
};
