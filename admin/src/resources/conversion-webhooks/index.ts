import VpnKeyIcon from '@mui/icons-material/VpnKey';
import type { ResourceProps } from 'react-admin';
import { ConversionWebhookList } from './ConversionWebhookList';

export const conversionWebhooksResource: ResourceProps = {
  name: 'conversion-webhooks',
  list: ConversionWebhookList,
  icon: VpnKeyIcon,
};
