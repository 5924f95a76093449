import { Box, Card, CardContent } from '@mui/material';
import {
  FunctionField,
  NumberField,
  Show,
  SimpleShowLayout,
  TextArrayField,
  TextField,
  UrlField,
  useLocaleState,
} from 'react-admin';
import { EnumField } from '../../fields/EnumField';
import { formatMoney } from '../../fields/format';
import { LinkedNameField } from '../../fields/LinkedNameField';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { SectionHeading } from '../../fields/SectionHeading';
import type { Campaign } from '../../graphql/types';
import { useShowErrorHandler } from '../../errors/useShowErrorHandler';
import { CampaignLeaderboardPanel } from './CampaignLeaderboardPanel';
import { CampaignMetricsPanel } from './CampaignMetricsPanel';
import { ShareKitTable } from './ShareKitTable';

function CampaignCostField({ label }: { label: string }) {
  const [locale] = useLocaleState();
  return (
    <FunctionField<Campaign>
      label={label}
      render={(record) =>
        record.cost === undefined || record.currency === undefined
          ? null
          : formatMoney(record.cost, record.currency, locale)
      }
    />
  );
}

/** Campaign details, then the tracking metrics and the scoring leaderboard. */
export function CampaignShow() {
  const onError = useShowErrorHandler();
  return (
    <Show queryOptions={{ onError }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        <SimpleShowLayout>
          <TextField source="name" />
          <EnumField source="status" enumName="CampaignStatus" />
          <EnumField source="outcome" enumName="CampaignOutcome" />
          <LinkedNameField
            source="ecosystem"
            reference="ecosystems"
            label="resources.campaigns.fields.ecosystem.name"
          />
          <LinkedNameField
            source="interaction"
            reference="interactions"
            label="resources.campaigns.fields.interaction.name"
          />
          <EnumField source="interaction.kind" enumName="InteractionKind" />
          <LinkedNameField
            source="registrantEcosystem"
            reference="ecosystems"
            label="resources.campaigns.fields.registrantEcosystem"
          />
          <OrganizationDateField source="createdAt" showTime />
          <OrganizationDateField source="launchedAt" showTime emptyText="alg.common.none" />
          <OrganizationDateField source="endedAt" showTime emptyText="alg.common.none" />
        </SimpleShowLayout>
        <SimpleShowLayout>
          <CampaignCostField label="resources.campaigns.fields.cost" />
          <NumberField source="activationTarget" options={{ style: 'percent', maximumFractionDigits: 1 }} />
          <UrlField source="destinationUrl" target="_blank" rel="noreferrer" />
          <UrlField source="fallbackUrl" target="_blank" rel="noreferrer" emptyText="alg.common.none" />
          <TextArrayField source="allowedHosts" emptyText="alg.common.none" />
          <NumberField source="attributionWindowDays" />
          <NumberField source="invitationWindowDays" />
        </SimpleShowLayout>
      </Box>
      <CardContent>
        <SectionHeading title="alg.campaigns.share_kit.title" />
        <ShareKitTable />
        <SectionHeading title="alg.campaigns.metrics.title" />
        <Card variant="outlined">
          <CardContent>
            <CampaignMetricsPanel />
          </CardContent>
        </Card>
        <SectionHeading title="alg.campaigns.leaderboard.title" />
        <Card variant="outlined">
          <CampaignLeaderboardPanel />
        </Card>
      </CardContent>
    </Show>
  );
}
