import EventIcon from '@mui/icons-material/Event';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import StopIcon from '@mui/icons-material/Stop';
import UndoIcon from '@mui/icons-material/Undo';
import { Button, CircularProgress } from '@mui/material';
import { type ReactElement, useState } from 'react';
import {
  Confirm,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { ConsoleDataProvider } from '../../dataProvider/dataProvider';
import { useNotifyError } from '../../errors/useNotifyError';
import type { Campaign } from '../../graphql/types';

type Transition = 'launch' | 'schedule' | 'unschedule' | 'end';

const mutations: Record<Transition, string> = {
  launch: 'mutation LaunchCampaign($id: ID!) { result: launchCampaign(id: $id) { id status launchedAt } }',
  schedule: 'mutation ScheduleCampaign($id: ID!) { result: scheduleCampaign(id: $id) { id status } }',
  unschedule: 'mutation UnscheduleCampaign($id: ID!) { result: unscheduleCampaign(id: $id) { id status } }',
  end: 'mutation EndCampaign($id: ID!) { result: endCampaign(id: $id) { id status endedAt } }',
};

const icons: Record<Transition, ReactElement> = {
  launch: <PlayArrowIcon />,
  schedule: <EventIcon />,
  unschedule: <UndoIcon />,
  end: <StopIcon />,
};

/** Returns the transitions a campaign's status allows, as the API defines the lifecycle. */
function allowed(campaign: Campaign): Transition[] {
  switch (campaign.status) {
    case 'DRAFT':
      return campaign.startsAt && Date.parse(campaign.startsAt) > Date.now() ? ['launch', 'schedule'] : ['launch'];
    case 'SCHEDULED':
      return ['launch', 'unschedule'];
    case 'LIVE':
      return ['end'];
    default:
      return [];
  }
}

/**
 * Shows launch, schedule, unschedule and end, each confirmed first. The page
 * shows the new status only once the server has returned it.
 */
export function CampaignLifecycleButtons() {
  const translate = useTranslate();
  const record = useRecordContext<Campaign>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ action: 'edit', resource: 'campaigns' });
  const [pending, setPending] = useState<Transition | null>(null);
  const [running, setRunning] = useState(false);
  if (!record || !canAccess) return null;

  const run = async () => {
    if (pending === null) return;
    setRunning(true);
    try {
      await dataProvider.mutate(mutations[pending], { id: record.id }, ['campaigns']);
      notify(`alg.campaigns.lifecycle.done.${pending}`, { type: 'success' });
      refresh();
    } catch (error) {
      notifyError(error);
    } finally {
      setRunning(false);
      setPending(null);
    }
  };

  return (
    <>
      {allowed(record).map((transition) => (
        <Button
          key={transition}
          size="small"
          startIcon={running && pending === transition ? <CircularProgress size={14} /> : icons[transition]}
          onClick={() => setPending(transition)}
          disabled={running}
        >
          {translate(`alg.campaigns.lifecycle.${transition}`)}
        </Button>
      ))}
      <Confirm
        isOpen={pending !== null}
        loading={running}
        title={pending ? `alg.campaigns.lifecycle.confirm_title.${pending}` : ''}
        content={pending ? `alg.campaigns.lifecycle.confirm_content.${pending}` : ''}
        translateOptions={{ name: record.name }}
        onConfirm={run}
        onClose={() => setPending(null)}
      />
    </>
  );
}
