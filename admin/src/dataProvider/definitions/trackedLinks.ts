import type { ResourceDefinition } from '../definition';

const listSelection = `id invitedAt campaign { id name status } participant { id email firstName lastName }
  trackedLinks { code network url networkSize }`;

const detailSelection = `${listSelection} shareUrl cardUrl
  posts { network position text subject link intentUrl characterCount }`;

// A tracked link belongs to one invitation: each invitation contains one link
// per network of the share kit. The resource lists invitations with their
// links, which is how the API pages them.
export const trackedLinksDefinition: ResourceDefinition = {
  typeName: 'Invitation',
  list: {
    kind: 'connection',
    field: 'invitations',
    selection: listSelection,
    filters: { campaignId: { type: 'ID' }, participantId: { type: 'ID' } },
    sort: { kind: 'direction', field: 'invitedAt' },
  },
  one: { field: 'invitation', selection: detailSelection },
};
