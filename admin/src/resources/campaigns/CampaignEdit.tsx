import {
  Edit,
  maxValue,
  minValue,
  NumberInput,
  ReferenceInput,
  regex,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { useNotifyError } from '../../errors/useNotifyError';
import { enumChoices } from '../../graphql/enums';
import { HostListInput } from '../../inputs/HostListInput';
import { ZonedDateTimeInput } from '../../inputs/ZonedDateTimeInput';
import type { Campaign } from '../../graphql/types';

const url = regex(/^https?:\/\/\S+$/i, 'alg.wizard.errors.url');

/** Reads a campaign record into the edit form, with nested objects as ids. */
function toForm(record: Campaign) {
  return {
    ...record,
    teamId: record.team?.id ?? null,
    interactionId: record.interaction?.id,
    ecosystemId: record.ecosystem?.id,
    registrantEcosystemId: record.registrantEcosystem?.id ?? null,
  };
}

/**
 * Edits a campaign that has not ended. The API fixes the interaction,
 * ecosystem and outcome once it is live and returns the reason if
 * they are changed then; the share kit has its own editor on the page.
 */
export function CampaignEdit() {
  const notifyError = useNotifyError();
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      mutationOptions={{ onError: notifyError }}
      queryOptions={{ select: (data: Campaign) => toForm(data) as never }}
    >
      <SimpleForm>
        <TextInput source="name" validate={required()} fullWidth />
        <TextInput source="description" multiline fullWidth />
        <ReferenceInput source="teamId" reference="teams" perPage={100}>
          <SelectInput optionText="name" label="resources.campaigns.fields.team" emptyText="alg.wizard.no_team" />
        </ReferenceInput>
        <ReferenceInput source="interactionId" reference="interactions" perPage={100}>
          <SelectInput optionText="name" label="resources.campaigns.fields.interaction.name" validate={required()} />
        </ReferenceInput>
        <ReferenceInput source="ecosystemId" reference="ecosystems" perPage={100}>
          <SelectInput optionText="name" label="resources.campaigns.fields.ecosystem.name" validate={required()} />
        </ReferenceInput>
        <SelectInput source="outcome" choices={enumChoices('CampaignOutcome')} validate={required()} />
        <NumberInput source="cost" min={0} validate={minValue(0)} />
        <TextInput source="currency" validate={required()} />
        <NumberInput
          source="activationTarget"
          step={0.01}
          min={0}
          max={1}
          validate={[minValue(0), maxValue(1)]}
          helperText="alg.campaigns.target_ratio_helper"
        />
        <TextInput source="destinationUrl" validate={[required(), url]} fullWidth />
        <TextInput source="fallbackUrl" validate={url} fullWidth />
        <HostListInput source="allowedHosts" fullWidth helperText="alg.wizard.hosts_helper" />
        <ReferenceInput source="registrantEcosystemId" reference="ecosystems" perPage={100}>
          <SelectInput
            optionText="name"
            label="resources.campaigns.fields.registrantEcosystem"
            emptyText="alg.wizard.no_registrant_ecosystem"
          />
        </ReferenceInput>
        <NumberInput source="invitationWindowDays" min={1} />
        <NumberInput source="attributionWindowDays" min={1} />
        <ZonedDateTimeInput source="startsAt" />
        <ZonedDateTimeInput source="endsAt" />
      </SimpleForm>
    </Edit>
  );
}
