import { Box, Typography } from '@mui/material';
import {
  maxValue,
  minValue,
  NumberInput,
  ReferenceInput,
  regex,
  required,
  SelectInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { HostListInput } from '../../../inputs/HostListInput';
import { ZonedDateTimeInput } from '../../../inputs/ZonedDateTimeInput';

const url = regex(/^https?:\/\/\S+$/i, 'alg.wizard.errors.url');
const currency = regex(/^[A-Za-z]{3}$/, 'alg.wizard.errors.currency');

/** Step two: name, cost, target, destination and allowed hosts, windows and schedule. */
export function PlanStep() {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 3 }}>
      <TextInput source="name" label="resources.campaigns.fields.name" validate={required()} fullWidth />
      <ReferenceInput source="teamId" reference="teams" sort={{ field: 'name', order: 'ASC' }} perPage={100}>
        <SelectInput
          optionText="name"
          label="resources.campaigns.fields.team"
          emptyText="alg.wizard.no_team"
          fullWidth
        />
      </ReferenceInput>
      <TextInput
        source="description"
        label="resources.campaigns.fields.description"
        multiline
        fullWidth
        sx={{ gridColumn: '1 / -1' }}
      />
      <Typography variant="subtitle1" component="h3" sx={{ gridColumn: '1 / -1', mt: 1 }}>
        {translate('alg.wizard.economics')}
      </Typography>
      <NumberInput
        source="cost"
        label="resources.campaigns.fields.cost"
        min={0}
        validate={minValue(0)}
        helperText="alg.wizard.cost_helper"
      />
      <TextInput
        source="currency"
        label="resources.campaigns.fields.currency"
        validate={[required(), currency]}
        helperText="alg.wizard.currency_helper"
      />
      <NumberInput
        source="activationTargetPercent"
        label="alg.wizard.target_percent"
        min={0}
        max={100}
        validate={[required(), minValue(0), maxValue(100)]}
        helperText="alg.wizard.target_helper"
      />
      <ReferenceInput
        source="registrantEcosystemId"
        reference="ecosystems"
        sort={{ field: 'name', order: 'ASC' }}
        perPage={100}
      >
        <SelectInput
          optionText="name"
          label="resources.campaigns.fields.registrantEcosystem"
          emptyText="alg.wizard.no_registrant_ecosystem"
          helperText="alg.wizard.registrant_helper"
        />
      </ReferenceInput>
      <Typography variant="subtitle1" component="h3" sx={{ gridColumn: '1 / -1', mt: 1 }}>
        {translate('alg.wizard.destination')}
      </Typography>
      <TextInput
        source="destinationUrl"
        label="resources.campaigns.fields.destinationUrl"
        type="url"
        validate={[required(), url]}
        fullWidth
        helperText="alg.wizard.destination_helper"
      />
      <TextInput
        source="fallbackUrl"
        label="resources.campaigns.fields.fallbackUrl"
        type="url"
        validate={url}
        fullWidth
        helperText="alg.wizard.fallback_helper"
      />
      <HostListInput
        source="allowedHosts"
        label="resources.campaigns.fields.allowedHosts"
        helperText="alg.wizard.hosts_helper"
        fullWidth
      />
      <Box />
      <Typography variant="subtitle1" component="h3" sx={{ gridColumn: '1 / -1', mt: 1 }}>
        {translate('alg.wizard.schedule')}
      </Typography>
      <NumberInput
        source="invitationWindowDays"
        label="resources.campaigns.fields.invitationWindowDays"
        min={1}
        validate={minValue(1)}
      />
      <NumberInput
        source="attributionWindowDays"
        label="resources.campaigns.fields.attributionWindowDays"
        min={1}
        validate={minValue(1)}
      />
      <ZonedDateTimeInput
        source="startsAt"
        label="resources.campaigns.fields.startsAt"
        helperText="alg.wizard.starts_helper"
      />
      <ZonedDateTimeInput source="endsAt" label="resources.campaigns.fields.endsAt" />
    </Box>
  );
}
