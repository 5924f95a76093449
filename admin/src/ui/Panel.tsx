import { Card, CardContent, CardHeader } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

export interface PanelProps {
  /** Translation key of the heading. */
  title: string;
  titleArgs?: Record<string, string | number>;
  /** Translation key of a line under the heading saying what the panel shows. */
  subheader?: string;
  action?: ReactNode;
  children: ReactNode;
  testId?: string;
}

/** Frames a dashboard panel in a card whose title is a real heading, so screen readers can jump between panels. */
export function Panel({ title, titleArgs, subheader, action, children, testId }: PanelProps) {
  const translate = useTranslate();
  return (
    <Card variant="outlined" component="section" data-testid={testId} sx={{ height: '100%' }}>
      <CardHeader
        title={translate(title, titleArgs)}
        subheader={subheader ? translate(subheader) : undefined}
        action={action}
        slotProps={{ title: { variant: 'h6', component: 'h2' } }}
      />
      <CardContent sx={{ pt: 0 }}>{children}</CardContent>
    </Card>
  );
}
