import { Box, Grid, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { useGatewayQuery } from '../../data/useGatewayQuery';
import { useFormat } from '../../fields/useFormat';
import { enumValues } from '../../graphql/enums';
import { KpiTile, kpiGridSx } from '../../ui/KpiTile';
import { Panel } from '../../ui/Panel';
import { QueryState } from '../../ui/QueryState';
import { AdvocatePoolChart } from './AdvocatePoolChart';
import { CampaignFlowChart } from './CampaignFlowChart';
import { COMPOUNDING_QUERY, type CompoundingReport } from './compoundingQueries';
import { GeneratedPerCampaignChart } from './GeneratedPerCampaignChart';
import { MaturityPanel } from './MaturityPanel';

function Headline({ report }: { report: CompoundingReport }) {
  const translate = useTranslate();
  const format = useFormat();
  const none = translate('alg.common.none');
  const last = report.periods.at(-1);
  const generated = report.campaigns.reduce((sum, entry) => sum + entry.leads, 0);
  return (
    <Box sx={kpiGridSx} data-testid="compounding-kpis">
      <KpiTile
        label="alg.compounding.advocatePool"
        value={format.count(last?.advocatePool ?? 0)}
        testId="kpi-advocate-pool"
      />
      <KpiTile label="alg.compounding.generatedParticipants" value={format.count(generated)} testId="kpi-generated" />
      <KpiTile
        label="alg.compounding.viralCoefficient"
        value={report.viralCoefficient === null ? none : format.decimal(report.viralCoefficient, 2)}
      />
      <KpiTile
        label="alg.compounding.repeatAdvocateShare"
        value={format.optionalPercent(report.repeatAdvocateShare, none)}
      />
      <KpiTile
        label="alg.compounding.timeToPipeline"
        value={
          report.timeToPipeline.medianDays === null
            ? none
            : translate('alg.compounding.days', { days: format.decimal(report.timeToPipeline.medianDays) })
        }
      />
    </Box>
  );
}

/** Shows how advocacy compounds: the advocate pool over time, what each campaign generated, where it flowed and the maturity level. */
export function CompoundingDashboard() {
  const translate = useTranslate();
  const [period, setPeriod] = useState('MONTH');
  const query = useGatewayQuery<{ compounding: CompoundingReport }>(['compounding'], COMPOUNDING_QUERY, { period });
  return (
    <Box sx={{ mt: 2 }} data-testid="compounding-dashboard">
      <Title title={translate('alg.menu.compounding')} />
      <Grid container spacing={2}>
        <Grid size={12}>
          <Panel
            title="alg.compounding.pool_title"
            subheader="alg.compounding.pool_hint"
            action={
              <TextField
                select
                fullWidth={false}
                size="small"
                label={translate('alg.compounding.period')}
                value={period}
                onChange={(event) => setPeriod(event.target.value)}
                sx={{ minWidth: 140 }}
              >
                {enumValues.CompoundingPeriod.map((value) => (
                  <MenuItem key={value} value={value}>
                    {translate(`alg.enums.CompoundingPeriod.${value}`)}
                  </MenuItem>
                ))}
              </TextField>
            }
          >
            <QueryState query={query} unavailableTitle="alg.compounding.unavailable">
              {({ compounding }) => (
                <>
                  <Headline report={compounding} />
                  <Box sx={{ mt: 2 }}>
                    <AdvocatePoolChart periods={compounding.periods} />
                  </Box>
                </>
              )}
            </QueryState>
          </Panel>
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Panel title="alg.compounding.generated_title" subheader="alg.compounding.generated_hint">
            <QueryState query={query} unavailableTitle="alg.compounding.unavailable">
              {({ compounding }) => <GeneratedPerCampaignChart campaigns={compounding.campaigns} />}
            </QueryState>
          </Panel>
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Panel title="alg.compounding.maturity_title" testId="panel-maturity">
            <MaturityPanel />
          </Panel>
        </Grid>
        <Grid size={12}>
          <Panel title="alg.compounding.flow_title" subheader="alg.compounding.flow_hint" testId="panel-flow">
            <CampaignFlowChart />
          </Panel>
        </Grid>
      </Grid>
    </Box>
  );
}
