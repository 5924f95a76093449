import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import {
  ArrayInput,
  Form,
  ResourceContextProvider,
  minValue,
  NumberInput,
  required,
  SaveButton,
  SimpleFormIterator,
  TextInput,
  Title,
  useDataProvider,
  useNotify,
  useTranslate,
} from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import type { ConsoleDataProvider } from '../dataProvider/dataProvider';
import { useGatewayQuery } from '../data/useGatewayQuery';
import { useNotifyError } from '../errors/useNotifyError';
import { useFormat } from '../fields/useFormat';
import { QueryState } from '../ui/QueryState';

const CONFIG = `sharePoints reachPointsPerDecade clickPoints
  conversionPoints { registration lead demoRequest attendance pipeline }
  levels { name minPoints } updatedAt updatedBy`;

const POINTS_QUERY = `query PointsConfig { pointsConfig { ${CONFIG} } }`;
const UPDATE = `mutation UpdatePointsConfig($input: PointsConfigInput!) { result: updatePointsConfig(input: $input) { ${CONFIG} } }`;

interface PointsConfig {
  sharePoints: number;
  reachPointsPerDecade: number;
  clickPoints: number;
  conversionPoints: Record<'registration' | 'lead' | 'demoRequest' | 'attendance' | 'pipeline', number>;
  levels: Array<{ name: string; minPoints: number }>;
  updatedAt: string | null;
  updatedBy: string | null;
}

const conversionKinds = ['registration', 'lead', 'demoRequest', 'attendance', 'pipeline'] as const;
const points = [required(), minValue(0)];

function toInput(values: Record<string, unknown>) {
  const config = values as unknown as PointsConfig;
  return {
    sharePoints: Number(config.sharePoints),
    reachPointsPerDecade: Number(config.reachPointsPerDecade),
    clickPoints: Number(config.clickPoints),
    conversionPoints: Object.fromEntries(conversionKinds.map((kind) => [kind, Number(config.conversionPoints[kind])])),
    levels: config.levels.map((level) => ({ name: level.name.trim(), minPoints: Number(level.minPoints) })),
  };
}

/** Edits the organization's points per action and level ladder; saving recomputes every advocate's points. */
export function PointsSettings() {
  const translate = useTranslate();
  const format = useFormat();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const query = useGatewayQuery<{ pointsConfig: PointsConfig }>(['points-config'], POINTS_QUERY);
  const save = async (values: Record<string, unknown>) => {
    try {
      await dataProvider.mutate(UPDATE, { input: toInput(values) }, []);
      notify('alg.points.saved', { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['gateway'] });
    } catch (error) {
      notifyError(error);
    }
  };
  return (
    <Box sx={{ mt: 2 }} data-testid="points-settings">
      <Title title={translate('alg.menu.points')} />
      <Card>
        <CardContent>
          <QueryState query={query} unavailableTitle="alg.points.unavailable">
            {({ pointsConfig }) => (
              // The level list's inputs take their labels from a resource context.
              <ResourceContextProvider value="points">
                <Form defaultValues={pointsConfig} onSubmit={save}>
                  <Alert severity="info" sx={{ mb: 2 }}>
                    {translate('alg.points.explanation')}
                  </Alert>
                  <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
                    {pointsConfig.updatedAt
                      ? translate('alg.points.updated', {
                          date: format.dateTime(pointsConfig.updatedAt),
                          who: pointsConfig.updatedBy ?? '',
                        })
                      : translate('alg.points.defaults')}
                  </Typography>
                  <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
                    <NumberInput fullWidth={false} source="sharePoints" label="alg.points.share" validate={points} />
                    <NumberInput
                      fullWidth={false}
                      source="reachPointsPerDecade"
                      label="alg.points.reach"
                      validate={points}
                    />
                    <NumberInput fullWidth={false} source="clickPoints" label="alg.points.click" validate={points} />
                  </Box>
                  <Typography variant="subtitle1" component="h2" sx={{ mt: 2 }}>
                    {translate('alg.points.conversions')}
                  </Typography>
                  <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
                    {conversionKinds.map((kind) => (
                      <NumberInput
                        fullWidth={false}
                        key={kind}
                        source={`conversionPoints.${kind}`}
                        label={`alg.points.kinds.${kind}`}
                        validate={points}
                      />
                    ))}
                  </Box>
                  <Typography variant="subtitle1" component="h2" sx={{ mt: 2 }}>
                    {translate('alg.points.levels')}
                  </Typography>
                  <ArrayInput source="levels" label={false}>
                    <SimpleFormIterator inline disableReordering>
                      <TextInput source="name" label="alg.points.level_name" validate={required()} />
                      <NumberInput source="minPoints" label="alg.points.level_min" validate={points} />
                    </SimpleFormIterator>
                  </ArrayInput>
                  <SaveButton alwaysEnable />
                </Form>
              </ResourceContextProvider>
            )}
          </QueryState>
        </CardContent>
      </Card>
    </Box>
  );
}
