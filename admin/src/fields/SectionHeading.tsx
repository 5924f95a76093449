import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/**
 * Heading of a section of a show view, from a translation key. Its padding
 * lines it up with the fields of react-admin's SimpleShowLayout.
 */
export function SectionHeading({ title }: { title: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1, px: 2 }}>
      {translate(title)}
    </Typography>
  );
}
