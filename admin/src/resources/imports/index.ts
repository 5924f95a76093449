import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { ResourceProps } from 'react-admin';
import { ImportCreate } from './wizard/ImportCreate';
import { ImportList } from './ImportList';
import { ImportShow } from './ImportShow';

export const importsResource: ResourceProps = {
  name: 'imports',
  list: ImportList,
  show: ImportShow,
  create: ImportCreate,
  icon: UploadFileIcon,
  recordRepresentation: (record) => String(record.fileName ?? record.id),
};
