import type { ResourceDefinition } from '../definition';

export const IMPORT_LIST_SELECTION = `id ecosystemId ecosystem { id name } campaignId preset format fileName status
  error progress rowCount createdCount mergedCount rejectedCount skippedCount startedAt finishedAt`;

export const IMPORT_DETAIL_SELECTION = `${IMPORT_LIST_SELECTION} delimiter completionKind bytesRead totalBytes
  contentSha256 updatedAt previousImport { id startedAt fileName }`;

export const importsDefinition: ResourceDefinition = {
  typeName: 'ParticipantImport',
  list: {
    kind: 'connection',
    field: 'participantImports',
    selection: IMPORT_LIST_SELECTION,
    filters: { ecosystemId: { type: 'ID' }, campaignId: { type: 'ID' }, statuses: { type: '[ImportStatus!]' } },
    sort: { kind: 'direction', field: 'startedAt' },
  },
  one: { field: 'participantImport', selection: IMPORT_DETAIL_SELECTION },
};
