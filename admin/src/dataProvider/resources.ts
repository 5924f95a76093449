// Mapping of each react-admin resource onto the federated schema. The data
// provider builds its queries from these definitions, so adding a resource,
// a filter or a write operation means adding an entry here.

export type ResourceName = 'campaigns' | 'participants' | 'ecosystems' | 'interactions';

/** A mutation that creates a record of a resource. */
export interface CreateDefinition {
  mutationField: string;
  inputType: string;
  /** Turns the form's values into the mutation's input object. */
  toInput(data: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

export interface ResourceDefinition {
  /** Root field that returns a Relay connection, such as `campaigns`. */
  listField: string;
  /** Root field that returns one record by id, such as `campaign`. */
  oneField: string;
  /** Type name used in operation names, such as `Campaign`. */
  typeName: string;
  /** Selection set of a list row. */
  listSelection: string;
  /** Selection set of a show view, which is also what getMany returns. */
  detailSelection: string;
  /**
   * Filters that the list field takes as arguments, with their GraphQL
   * types. Other react-admin filters are not sent, because the gateway
   * rejects unknown arguments.
   */
  filters: Readonly<Record<string, string>>;
  create?: CreateDefinition;
}

const ecosystemSelection = 'id name kind partnerName createdAt';
const interactionSelection = 'id name kind venue startsAt endsAt timeZone createdAt';

function optionalText(value: unknown): string | null {
  if (typeof value !== 'string') {
    return null;
  }
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export const resourceDefinitions: Readonly<Record<ResourceName, ResourceDefinition>> = {
  campaigns: {
    listField: 'campaigns',
    oneField: 'campaign',
    typeName: 'Campaign',
    listSelection: 'id name status outcome createdAt ecosystem { id name } interaction { id name }',
    detailSelection: `id name status outcome cost currency activationTarget destinationUrl allowedHosts fallbackUrl
      attributionWindowDays invitationWindowDays launchedAt endedAt createdAt
      ecosystem { id name kind } interaction { id name kind venue startsAt endsAt timeZone }
      registrantEcosystem { id name } shareKit { network template }`,
    filters: { status: 'CampaignStatus', ecosystemId: 'ID' },
  },
  participants: {
    listField: 'participants',
    oneField: 'participant',
    typeName: 'Participant',
    listSelection: 'id email firstName lastName company createdAt lineage { origin }',
    detailSelection: `id email firstName lastName company title createdAt
      ecosystems { id name kind } lineage { origin sourceCampaignId sourceAdvocateId }`,
    filters: { ecosystemId: 'ID' },
  },
  ecosystems: {
    listField: 'ecosystems',
    oneField: 'ecosystem',
    typeName: 'Ecosystem',
    listSelection: ecosystemSelection,
    detailSelection: ecosystemSelection,
    filters: {},
    create: {
      mutationField: 'createEcosystem',
      inputType: 'CreateEcosystemInput',
      toInput: (data) => ({
        name: optionalText(data.name) ?? '',
        kind: data.kind,
        partnerName: optionalText(data.partnerName),
      }),
    },
  },
  interactions: {
    listField: 'interactions',
    oneField: 'interaction',
    typeName: 'Interaction',
    listSelection: interactionSelection,
    detailSelection: interactionSelection,
    filters: {},
  },
};

export function isResourceName(value: string): value is ResourceName {
  return Object.prototype.hasOwnProperty.call(resourceDefinitions, value);
}

/** Returns the definition of a resource, throwing for a name the console does not know. */
export function definitionOf(resource: string): ResourceDefinition {
  if (!isResourceName(resource)) {
    throw new Error(`Unknown resource "${resource}": add it to resourceDefinitions in dataProvider/resources.ts.`);
  }
  return resourceDefinitions[resource];
}
