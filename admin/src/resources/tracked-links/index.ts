import LinkIcon from '@mui/icons-material/Link';
import type { ResourceProps } from 'react-admin';
import { TrackedLinkList } from './TrackedLinkList';
import { TrackedLinkShow } from './TrackedLinkShow';

export const trackedLinksResource: ResourceProps = {
  name: 'tracked-links',
  list: TrackedLinkList,
  show: TrackedLinkShow,
  icon: LinkIcon,
};
