import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import { Button, List, ListItem, ListItemIcon, ListItemText } from '@mui/material';
import { LinkBase, useCanAccess, useTranslate } from 'react-admin';
import type { OverviewData } from './overviewQueries';

interface Step {
  key: string;
  done: boolean;
  to: string;
}

/** Lists the first steps of a new organization, each with its button, ticked off as data arrives. */
export function GettingStarted({ data }: { data: OverviewData }) {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'create', resource: 'campaigns' });
  const steps: Step[] = [
    { key: 'ecosystem', done: data.ecosystems.totalCount > 0, to: '/ecosystems/create' },
    { key: 'interaction', done: data.interactions.totalCount > 0, to: '/interactions/create' },
    {
      key: 'import',
      done: data.participantImports.totalCount > 0 || data.participants.totalCount > 0,
      to: '/imports/create',
    },
    { key: 'campaign', done: data.campaigns.totalCount > 0, to: '/campaigns/create' },
    { key: 'launch', done: data.live.totalCount > 0, to: '/campaigns' },
  ];
  return (
    <List data-testid="getting-started">
      {steps.map((step) => (
        <ListItem
          key={step.key}
          secondaryAction={
            !step.done && canAccess ? (
              <Button component={LinkBase} to={step.to} size="small" variant="outlined">
                {translate(`alg.overview.steps.${step.key}.action`)}
              </Button>
            ) : undefined
          }
        >
          <ListItemIcon>{step.done ? <CheckCircleIcon color="success" /> : <RadioButtonUncheckedIcon />}</ListItemIcon>
          <ListItemText
            primary={translate(`alg.overview.steps.${step.key}.title`)}
            secondary={translate(`alg.overview.steps.${step.key}.hint`)}
          />
        </ListItem>
      ))}
    </List>
  );
}
