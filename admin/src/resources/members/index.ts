import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import type { ResourceProps } from 'react-admin';
import { MemberCreate } from './MemberCreate';
import { MemberList } from './MemberList';

export const membersResource: ResourceProps = {
  name: 'members',
  list: MemberList,
  create: MemberCreate,
  icon: ManageAccountsIcon,
  recordRepresentation: 'email',
};
