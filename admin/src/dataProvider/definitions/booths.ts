import { requiredText, type ResourceDefinition } from '../definition';

const selection = 'id campaignId name checkInUrl qrCodeUrl createdAt';

export const boothsDefinition: ResourceDefinition = {
  typeName: 'Booth',
  list: {
    kind: 'connection',
    field: 'booths',
    selection,
    filters: { campaignId: { type: 'ID' } },
    sort: { kind: 'direction', field: 'createdAt' },
  },
  create: {
    document: `mutation CreateBooth($input: CreateBoothInput!) { result: createBooth(input: $input) { ${selection} } }`,
    variables: ({ data }) => ({ input: { campaignId: data.campaignId, name: requiredText(data.name) } }),
  },
  delete: {
    document: `mutation DeleteBooth($id: ID!) { result: deleteBooth(id: $id) { ${selection} } }`,
    variables: ({ id }) => ({ id }),
  },
};
