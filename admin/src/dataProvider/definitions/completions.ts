import { optionalText, requiredText, type ResourceDefinition } from '../definition';

const selection = `id kind source externalId occurredAt recordedAt campaign { id name }
  participant { id email firstName lastName }`;

export const completionsDefinition: ResourceDefinition = {
  typeName: 'Completion',
  list: {
    kind: 'connection',
    field: 'completions',
    selection,
    filters: { campaignId: { type: 'ID' }, participantId: { type: 'ID' }, kinds: { type: '[CompletionKind!]' } },
    sort: { kind: 'direction', field: 'occurredAt' },
  },
  create: {
    document: `mutation RecordCompletion($input: RecordCompletionInput!) {
      result: recordCompletion(input: $input) { created notInvitedReason invitation { id } completion { ${selection} } }
    }`,
    variables: ({ data }) => ({
      input: {
        campaignId: data.campaignId,
        email: requiredText(data.email),
        firstName: optionalText(data.firstName),
        lastName: optionalText(data.lastName),
        company: optionalText(data.company),
        kind: data.kind,
        occurredAt: optionalText(data.occurredAt),
        externalId: optionalText(data.externalId),
      },
    }),
    // The payload states whether an invitation followed, which the notification shows.
    record: (result) => {
      const payload = result as {
        completion: Record<string, unknown>;
        invitation: { id: string } | null;
        notInvitedReason: string | null;
        created: boolean;
      };
      return {
        ...payload.completion,
        id: String(payload.completion.id),
        invitationId: payload.invitation?.id ?? null,
        notInvitedReason: payload.notInvitedReason,
        created: payload.created,
      };
    },
  },
};
