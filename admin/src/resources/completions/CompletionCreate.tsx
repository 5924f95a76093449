import {
  Create,
  email,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { enumChoices } from '../../graphql/enums';
import { useNotifyError } from '../../errors/useNotifyError';
import { ZonedDateTimeInput } from '../../inputs/ZonedDateTimeInput';

/**
 * Records a completion moment by hand, as an integration would: the person
 * becomes a participant if unknown, and is invited when the campaign runs.
 * The notification states whether an invitation followed, and if not, why.
 */
export function CompletionCreate() {
  const notifyError = useNotifyError();
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();
  return (
    <Create
      mutationOptions={{
        onError: notifyError,
        onSuccess: (data) => {
          const record = data as { notInvitedReason?: string | null; invitationId?: string | null };
          notify(record.invitationId ? 'alg.completions.invited' : 'alg.completions.not_invited', {
            type: record.invitationId ? 'success' : 'warning',
            messageArgs: {
              reason: record.notInvitedReason ? translate(`alg.enums.NotInvitedReason.${record.notInvitedReason}`) : '',
            },
          });
          redirect('list', 'completions');
        },
      }}
    >
      <SimpleForm>
        <ReferenceInput
          source="campaignId"
          reference="campaigns"
          perPage={100}
          filter={{ statuses: ['LIVE', 'SCHEDULED', 'DRAFT'] }}
        >
          <SelectInput optionText="name" label="resources.completions.fields.campaign" validate={required()} />
        </ReferenceInput>
        <TextInput
          source="email"
          type="email"
          validate={[required(), email()]}
          label="resources.completions.fields.email"
        />
        <TextInput source="firstName" label="resources.participants.fields.firstName" />
        <TextInput source="lastName" label="resources.participants.fields.lastName" />
        <TextInput source="company" label="resources.participants.fields.company" />
        <SelectInput source="kind" choices={enumChoices('CompletionKind')} validate={required()} />
        <ZonedDateTimeInput source="occurredAt" helperText="alg.completions.occurred_helper" />
        <TextInput source="externalId" helperText="alg.completions.external_id_helper" />
      </SimpleForm>
    </Create>
  );
}
