import { Alert, Box, Button, Card, CardContent, CircularProgress, Step, StepButton, Stepper } from '@mui/material';
import { useRef, useState } from 'react';
import { Form, Title, useDataProvider, useGetOne, useNotify, useRedirect, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import type { ConsoleDataProvider } from '../../../dataProvider/dataProvider';
import { describeError } from '../../../errors/describeError';
import { GatewayError } from '../../../graphql/client';
import type { Interaction } from '../../../graphql/types';
import { campaignInput, type CampaignFormValues, stepOfField } from './campaignInput';
import { MatrixStep } from './MatrixStep';
import { PlanStep } from './PlanStep';
import { ReviewStep } from './ReviewStep';
import { ShareKitEditor } from './ShareKitEditor';
import { useSampleValues } from './useSampleValues';

type Intent = 'draft' | 'launch' | 'schedule';

const steps = [
  'alg.wizard.steps.matrix',
  'alg.wizard.steps.plan',
  'alg.wizard.steps.share_kit',
  'alg.wizard.steps.review',
] as const;

/** Fields each step validates before the next one opens. */
const stepFields: readonly string[][] = [
  ['interactionId', 'ecosystemId', 'outcome'],
  [
    'name',
    'cost',
    'currency',
    'activationTargetPercent',
    'destinationUrl',
    'fallbackUrl',
    'invitationWindowDays',
    'attributionWindowDays',
  ],
  ['shareKit'],
  [],
];

const defaults: CampaignFormValues = {
  currency: 'USD',
  cost: 0,
  activationTargetPercent: 20,
  invitationWindowDays: 14,
  attributionWindowDays: 30,
  allowedHosts: [],
  shareKit: [
    { network: 'LINKEDIN', template: '' },
    { network: 'X', template: '' },
  ],
};

const CREATE_CAMPAIGN = `mutation CreateCampaign($input: CreateCampaignInput!) { result: createCampaign(input: $input) { id status } }`;
const LAUNCH_CAMPAIGN = `mutation LaunchCampaign($id: ID!) { result: launchCampaign(id: $id) { id status launchedAt } }`;
const SCHEDULE_CAMPAIGN = `mutation ScheduleCampaign($id: ID!) { result: scheduleCampaign(id: $id) { id status } }`;

function ShareKitStep() {
  const [name, interactionId] = useWatch({ name: ['name', 'interactionId'] });
  const { data: interaction } = useGetOne<Interaction & { id: string }>(
    'interactions',
    { id: interactionId },
    { enabled: Boolean(interactionId) },
  );
  const values = useSampleValues(name ?? '', interaction?.name ?? '');
  return <ShareKitEditor values={values} />;
}

function WizardBody({
  step,
  setStep,
  submitting,
  error,
  onIntent,
}: {
  step: number;
  setStep: (step: number) => void;
  submitting: boolean;
  error: unknown;
  onIntent: (intent: Intent) => void;
}) {
  const translate = useTranslate();
  const { trigger } = useFormContext();
  const startsAt = useWatch({ name: 'startsAt' }) as string | null | undefined;
  const scheduled = typeof startsAt === 'string' && Date.parse(startsAt) > Date.now();

  const goTo = async (target: number) => {
    for (let index = step; index < target; index += 1) {
      if (!(await trigger(stepFields[index] as string[]))) {
        setStep(index);
        return;
      }
    }
    setStep(target);
  };

  const errorText = error
    ? (() => {
        const { key, args } = describeError(error);
        return translate(key, args);
      })()
    : null;

  return (
    <Card>
      <CardContent>
        <Stepper nonLinear activeStep={step} sx={{ mb: 3 }}>
          {steps.map((label, index) => (
            <Step key={label} completed={index < step}>
              <StepButton onClick={() => void goTo(index)}>{translate(label)}</StepButton>
            </Step>
          ))}
        </Stepper>
        <Box hidden={step !== 0}>{step === 0 ? <MatrixStep /> : null}</Box>
        <Box hidden={step !== 1}>{step === 1 ? <PlanStep /> : null}</Box>
        <Box hidden={step !== 2}>{step === 2 ? <ShareKitStep /> : null}</Box>
        <Box hidden={step !== 3}>{step === 3 ? <ReviewStep /> : null}</Box>
        {errorText ? (
          <Alert severity="error" role="alert" sx={{ mt: 2 }} data-testid="wizard-error">
            {errorText}
          </Alert>
        ) : null}
        <Box sx={{ display: 'flex', gap: 1, mt: 3, justifyContent: 'space-between', flexWrap: 'wrap' }}>
          <Button disabled={step === 0 || submitting} onClick={() => setStep(step - 1)}>
            {translate('alg.wizard.back')}
          </Button>
          {step < steps.length - 1 ? (
            <Button variant="contained" onClick={() => void goTo(step + 1)}>
              {translate('alg.wizard.next')}
            </Button>
          ) : (
            <Box sx={{ display: 'flex', gap: 1 }}>
              <Button type="submit" variant="outlined" disabled={submitting} onClick={() => onIntent('draft')}>
                {translate('alg.wizard.save_draft')}
              </Button>
              {scheduled ? (
                <Button type="submit" variant="outlined" disabled={submitting} onClick={() => onIntent('schedule')}>
                  {translate('alg.wizard.schedule_action')}
                </Button>
              ) : null}
              <Button
                type="submit"
                variant="contained"
                disabled={submitting}
                onClick={() => onIntent('launch')}
                startIcon={submitting ? <CircularProgress size={16} /> : undefined}
              >
                {translate('alg.wizard.launch')}
              </Button>
            </Box>
          )}
        </Box>
      </CardContent>
    </Card>
  );
}

/**
 * Runs the guided campaign creation: the matrix cell, then cost, target and
 * destination, then the share kit with live previews, then a review that
 * saves a draft, schedules or launches the campaign.
 */
export function CampaignCreate() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  const [step, setStep] = useState(0);
  // A ref, because the submit handler runs in the same click that picks the intent.
  // Enter in a text field submits the form: before the last step that only
  // moves on, and on the last step it saves a draft unless a button said more.
  const intentRef = useRef<Intent>('draft');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (values: Record<string, unknown>) => {
    if (step < steps.length - 1) {
      setStep(step + 1);
      return;
    }
    setSubmitting(true);
    setError(null);
    const intent = intentRef.current;
    let createdId: string | null = null;
    try {
      const created = await dataProvider.mutate<{ result: { id: string } }>(
        CREATE_CAMPAIGN,
        { input: campaignInput(values as CampaignFormValues) },
        ['campaigns'],
      );
      createdId = created.result.id;
      if (intent === 'launch') await dataProvider.mutate(LAUNCH_CAMPAIGN, { id: createdId }, ['campaigns']);
      if (intent === 'schedule') await dataProvider.mutate(SCHEDULE_CAMPAIGN, { id: createdId }, ['campaigns']);
      notify(`alg.wizard.done.${intent}`, { type: 'success' });
      redirect(intent === 'draft' ? 'show' : `/campaigns/${createdId}/show/dashboard`, 'campaigns', createdId);
    } catch (cause) {
      if (createdId !== null) {
        // The campaign exists as a draft; its page offers the launch again.
        notify('alg.wizard.saved_not_launched', {
          type: 'warning',
          messageArgs: { message: describeError(cause).args.message ?? '' },
        });
        redirect('show', 'campaigns', createdId);
        return;
      }
      setError(cause);
      const field = cause instanceof GatewayError ? cause.graphQLErrors[0]?.extensions?.field : undefined;
      setStep(stepOfField(typeof field === 'string' ? field : undefined));
    } finally {
      setSubmitting(false);
      intentRef.current = 'draft';
    }
  };

  return (
    <Box sx={{ mt: 2 }} data-testid="campaign-wizard">
      <Title title={translate('alg.wizard.title')} />
      <Form defaultValues={defaults} onSubmit={submit} noValidate>
        <WizardBody
          step={step}
          setStep={setStep}
          submitting={submitting}
          error={error}
          onIntent={(value) => (intentRef.current = value)}
        />
      </Form>
    </Box>
  );
}
