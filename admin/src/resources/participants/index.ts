import PeopleIcon from '@mui/icons-material/People';
import type { ResourceProps } from 'react-admin';
import { ParticipantList } from './ParticipantList';
import { ParticipantShow } from './ParticipantShow';

export const participantsResource: ResourceProps = {
  name: 'participants',
  list: ParticipantList,
  show: ParticipantShow,
  icon: PeopleIcon,
  recordRepresentation: 'email',
};
