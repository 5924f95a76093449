import TaskAltIcon from '@mui/icons-material/TaskAlt';
import type { ResourceProps } from 'react-admin';
import { CompletionCreate } from './CompletionCreate';
import { CompletionList } from './CompletionList';

export const completionsResource: ResourceProps = {
  name: 'completions',
  list: CompletionList,
  create: CompletionCreate,
  icon: TaskAltIcon,
};
