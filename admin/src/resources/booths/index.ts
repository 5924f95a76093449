import QrCodeIcon from '@mui/icons-material/QrCode2';
import type { ResourceProps } from 'react-admin';
import { BoothCreate } from './BoothCreate';
import { BoothList } from './BoothList';

export const boothsResource: ResourceProps = {
  name: 'booths',
  list: BoothList,
  create: BoothCreate,
  icon: QrCodeIcon,
  recordRepresentation: 'name',
};
