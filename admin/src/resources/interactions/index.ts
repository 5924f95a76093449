import EventIcon from '@mui/icons-material/Event';
import type { ResourceProps } from 'react-admin';
import { InteractionCreate } from './InteractionCreate';
import { InteractionEdit } from './InteractionEdit';
import { InteractionList } from './InteractionList';
import { InteractionShow } from './InteractionShow';

export const interactionsResource: ResourceProps = {
  name: 'interactions',
  list: InteractionList,
  show: InteractionShow,
  create: InteractionCreate,
  edit: InteractionEdit,
  icon: EventIcon,
  recordRepresentation: 'name',
};
