import PeopleIcon from '@mui/icons-material/People';
import type { ResourceProps } from 'react-admin';
import { ParticipantCreate } from './ParticipantCreate';
import { ParticipantEdit } from './ParticipantEdit';
import { ParticipantList } from './ParticipantList';
import { ParticipantShow } from './ParticipantShow';

export const participantsResource: ResourceProps = {
  name: 'participants',
  list: ParticipantList,
  show: ParticipantShow,
  create: ParticipantCreate,
  edit: ParticipantEdit,
  icon: PeopleIcon,
  recordRepresentation: 'email',
};
