import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { ChartFigure } from '../../charts/ChartFigure';
import { seriesColors } from '../../charts/palette';
import { useFormat } from '../../fields/useFormat';
import { EmptyState } from '../../ui/EmptyState';
import type { CampaignLeadCost } from './compoundingQueries';

/** Participants each campaign generated through its advocates, with cost per lead in the table. */
export function GeneratedPerCampaignChart({ campaigns }: { campaigns: CampaignLeadCost[] }) {
  const translate = useTranslate();
  const format = useFormat();
  const none = translate('alg.common.none');
  if (campaigns.length === 0) {
    return <EmptyState title="alg.compounding.no_campaigns" hint="alg.compounding.no_campaigns_hint" />;
  }
  const rows = [...campaigns]
    .sort((a, b) => b.leads - a.leads)
    .map((entry) => ({ name: entry.campaign.name, leads: entry.leads, entry }));
  return (
    <ChartFigure
      description={translate('alg.compounding.generated_description', { campaigns: rows.length })}
      height={Math.max(140, 36 * rows.length + 40)}
      testId="generated-per-campaign-chart"
      table={{
        columns: [
          translate('resources.campaigns.name', { smart_count: 1 }),
          translate('alg.compounding.leads'),
          translate('alg.compounding.activatedAdvocates'),
          translate('alg.compounding.viralCoefficient'),
          translate('alg.metrics.costPerLead'),
        ],
        rows: rows.map(({ entry }) => [
          entry.campaign.name,
          format.count(entry.leads),
          format.count(entry.activatedAdvocates),
          entry.viralCoefficient === null ? none : format.decimal(entry.viralCoefficient, 2),
          entry.costPerLead === null ? none : format.money(entry.costPerLead, entry.currency),
        ]),
      }}
    >
      <ResponsiveContainer>
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={180} />
          <Tooltip formatter={(value) => format.count(Number(value))} />
          <Bar
            dataKey="leads"
            name={translate('alg.compounding.leads')}
            fill={seriesColors.green}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
