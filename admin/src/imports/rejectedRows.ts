import { type Delimiter, delimiterCharacters, parseCsv } from './csvTable.ts';

/** A record that the server rejected, as `ParticipantImport.rejectedRows` returns it. */
export interface RejectedRow {
  record: number;
  line: number;
  reason: string;
}

/** Column names of the downloads, translated by the caller. */
export interface RejectedRowLabels {
  record: string;
  line: string;
  reason: string;
}

function quoted(value: string, separator: string): string {
  return /["\n\r]/.test(value) || value.includes(separator) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Builds a CSV of the rejected records as they stand in the uploaded file,
 * in the file's own delimiter, with the header row and a last column giving
 * the server's reason. The user can fix the rows and import the file again.
 * A rejected line that the file does not have (an unreadable record the
 * parser skipped) keeps its reason with empty cells.
 */
export function rejectedRowsFromFile(
  fileText: string,
  delimiter: Delimiter,
  headerLine: number,
  rejected: readonly RejectedRow[],
  reasonLabel: string,
): string {
  const separator = delimiterCharacters[delimiter];
  const records = parseCsv(fileText, delimiter);
  const byLine = new Map(records.map((record) => [record.line, record]));
  const header = byLine.get(headerLine);
  const lines = [`${header?.raw ?? ''}${separator}${quoted(reasonLabel, separator)}`];
  const columnCount = header?.cells.length ?? 1;
  for (const row of rejected) {
    const record = byLine.get(row.line);
    const cells = record?.raw ?? separator.repeat(Math.max(0, columnCount - 1));
    lines.push(`${cells}${separator}${quoted(row.reason, separator)}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Builds a CSV of record numbers, lines and reasons, for when the file itself is not at hand. */
export function rejectedRowsSummary(rejected: readonly RejectedRow[], labels: RejectedRowLabels): string {
  const lines = [[labels.record, labels.line, labels.reason].map((cell) => quoted(cell, ',')).join(',')];
  for (const row of rejected) {
    lines.push([String(row.record), String(row.line), quoted(row.reason, ',')].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
