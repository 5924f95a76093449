import CampaignIcon from '@mui/icons-material/Campaign';
import type { ResourceProps } from 'react-admin';
import { CampaignList } from './CampaignList';
import { CampaignShow } from './CampaignShow';

export const campaignsResource: ResourceProps = {
  name: 'campaigns',
  list: CampaignList,
  show: CampaignShow,
  icon: CampaignIcon,
  recordRepresentation: 'name',
};
