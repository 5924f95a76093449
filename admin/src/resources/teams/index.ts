import GroupsIcon from '@mui/icons-material/Groups';
import type { ResourceProps } from 'react-admin';
import { TeamCreate } from './TeamCreate';
import { TeamEdit } from './TeamEdit';
import { TeamList } from './TeamList';
import { TeamShow } from './TeamShow';

export const teamsResource: ResourceProps = {
  name: 'teams',
  list: TeamList,
  show: TeamShow,
  create: TeamCreate,
  edit: TeamEdit,
  icon: GroupsIcon,
  recordRepresentation: 'name',
};
