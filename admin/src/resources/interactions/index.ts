import EventIcon from '@mui/icons-material/Event';
import type { ResourceProps } from 'react-admin';
import { InteractionList } from './InteractionList';
import { InteractionShow } from './InteractionShow';

export const interactionsResource: ResourceProps = {
  name: 'interactions',
  list: InteractionList,
  show: InteractionShow,
  icon: EventIcon,
  recordRepresentation: 'name',
};
