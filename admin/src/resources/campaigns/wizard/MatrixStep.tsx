import { Alert, Box, Typography } from '@mui/material';
import { CreateButton, ReferenceInput, required, SelectInput, useGetOne, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { enumChoices } from '../../../graphql/enums';
import type { Ecosystem, Interaction } from '../../../graphql/types';

/** Step one: the matrix cell, that is the interaction, the ecosystem it activates and the outcome sought. */
export function MatrixStep() {
  const translate = useTranslate();
  const [interactionId, ecosystemId, outcome] = useWatch({ name: ['interactionId', 'ecosystemId', 'outcome'] });
  const { data: interaction } = useGetOne<Interaction & { id: string }>(
    'interactions',
    { id: interactionId },
    { enabled: Boolean(interactionId) },
  );
  const { data: ecosystem } = useGetOne<Ecosystem & { id: string }>(
    'ecosystems',
    { id: ecosystemId },
    { enabled: Boolean(ecosystemId) },
  );
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('alg.wizard.matrix_intro')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <ReferenceInput
          source="interactionId"
          reference="interactions"
          sort={{ field: 'createdAt', order: 'DESC' }}
          perPage={100}
        >
          <SelectInput
            optionText="name"
            label="alg.wizard.interaction"
            validate={required()}
            sx={{ minWidth: 280 }}
            helperText="alg.wizard.interaction_helper"
          />
        </ReferenceInput>
        <ReferenceInput
          source="ecosystemId"
          reference="ecosystems"
          sort={{ field: 'name', order: 'ASC' }}
          perPage={100}
        >
          <SelectInput
            optionText="name"
            label="alg.wizard.ecosystem"
            validate={required()}
            sx={{ minWidth: 280 }}
            helperText="alg.wizard.ecosystem_helper"
          />
        </ReferenceInput>
        <SelectInput
          source="outcome"
          label="alg.wizard.outcome"
          choices={enumChoices('CampaignOutcome')}
          validate={required()}
          sx={{ minWidth: 260 }}
        />
      </Box>
      <Box sx={{ display: 'flex', gap: 1, mt: 1 }}>
        <CreateButton resource="interactions" label="alg.wizard.new_interaction" />
        <CreateButton resource="ecosystems" label="alg.wizard.new_ecosystem" />
      </Box>
      {interaction && ecosystem && outcome ? (
        <Alert severity="info" sx={{ mt: 2 }} data-testid="matrix-cell-summary">
          {translate('alg.wizard.cell_summary', {
            interaction: translate(`alg.enums.InteractionKind.${interaction.kind}`),
            ecosystem: translate(`alg.enums.EcosystemKind.${ecosystem.kind}`),
            outcome: translate(`alg.enums.CampaignOutcome.${outcome}`),
            members: ecosystem.memberCount ?? 0,
          })}
        </Alert>
      ) : null}
    </Box>
  );
}
