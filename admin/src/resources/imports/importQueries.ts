const IMPORT_RESULT = `id status error rowCount createdCount mergedCount rejectedCount skippedCount
  rejectedRows(first: 1000) { record line reason }
  previousImport { id startedAt fileName }`;

export const IMPORT_PARTICIPANTS = `mutation ImportParticipants($input: ImportParticipantsInput!) {
  result: importParticipants(input: $input) { ${IMPORT_RESULT} }
}`;

export const IMPORT_RESULT_QUERY = `query ImportResult($id: ID!) { result: participantImport(id: $id) { ${IMPORT_RESULT} } }`;

export const RUNNING_IMPORTS = `query RunningImports {
  participantImports(first: 5, statuses: [RUNNING]) {
    nodes { id fileName bytesRead totalBytes progress rowCount startedAt }
  }
}`;

export const IMPORT_ROWS = `query ImportRows($id: ID!, $first: Int!, $after: String, $outcomes: [ImportRowOutcome!]) {
  participantImport(id: $id) {
    id
    rows(first: $first, after: $after, outcomes: $outcomes) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { record line outcome participantId reason }
    }
  }
}`;

export interface ImportResult {
  id: string;
  status: string;
  error: string | null;
  rowCount: number;
  createdCount: number;
  mergedCount: number;
  rejectedCount: number;
  skippedCount: number;
  rejectedRows: Array<{ record: number; line: number; reason: string }>;
  previousImport: { id: string; startedAt: string; fileName: string | null } | null;
}

export interface RunningImport {
  id: string;
  fileName: string | null;
  bytesRead: number;
  totalBytes: number | null;
  progress: number | null;
  rowCount: number;
  startedAt: string;
}

export interface ImportRow {
  record: number;
  line: number;
  outcome: string;
  participantId: string | null;
  reason: string | null;
}

export interface ImportRowsData {
  participantImport: {
    id: string;
    rows: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: ImportRow[] };
  };
}
