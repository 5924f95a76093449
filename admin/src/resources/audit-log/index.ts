import HistoryIcon from '@mui/icons-material/History';
import type { ResourceProps } from 'react-admin';
import { AuditLogList } from './AuditLogList';

export const auditLogResource: ResourceProps = {
  name: 'audit-log',
  list: AuditLogList,
  icon: HistoryIcon,
};
