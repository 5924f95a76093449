import {
  type CsvRecord,
  type Delimiter,
  detectDelimiter,
  detectFormat,
  type ImportFormat,
  parseCsv,
  parseJsonRecords,
} from './csvTable.ts';
import { presetLayouts, suggestPreset, type ImportPreset } from './presets.ts';

/** Number of data rows that the wizard shows. */
export const PREVIEW_ROWS = 5;

/** The start of a file as the import wizard shows it. */
export interface ImportPreview {
  format: ImportFormat;
  /** Null for JSON. */
  delimiter: Delimiter | null;
  /** Column names: the CSV header row, or the keys of the first JSON objects. */
  header: string[];
  /** First data rows, one cell per column of the header. */
  rows: string[][];
  /** Physical line of the header row, 1 for a file without a report section above it. */
  headerLine: number;
  suggestedPreset: ImportPreset;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Single-cell rows above the table, such as "Attendee Details" in a Zoom report. */
function sectionTitles(records: readonly CsvRecord[]): string[] {
  return records
    .map((record) => record.cells.filter((cell) => cell.trim() !== ''))
    .filter((filled) => filled.length === 1)
    .map((filled) => filled[0]!.trim());
}

/** Index of the header record: the one after the preset's section title, or the first. */
function headerIndex(records: readonly CsvRecord[], preset: ImportPreset): number {
  const title = presetLayouts[preset].sectionTitle;
  if (title === undefined) return 0;
  const index = records.findIndex((record) =>
    record.cells.some((cell) => cell.trim().toLowerCase() === title.toLowerCase()),
  );
  return index >= 0 && index + 1 < records.length ? index + 1 : 0;
}

function previewCsv(text: string, forcedDelimiter: Delimiter | null, forcedPreset: ImportPreset | null): ImportPreview {
  const delimiter = forcedDelimiter ?? detectDelimiter(text.slice(0, 64 * 1024));
  // Reports such as Zoom's print a few summary sections before the people.
  const records = parseCsv(text, delimiter, 200);
  const titles = sectionTitles(records);
  const firstHeader = records[0]?.cells ?? [];
  const suggestedPreset = suggestPreset(firstHeader, titles);
  const start = headerIndex(records, forcedPreset ?? suggestedPreset);
  const header = records[start]?.cells.map((cell) => cell.trim()) ?? [];
  const rows = records
    .slice(start + 1, start + 1 + PREVIEW_ROWS)
    .map((record) => header.map((_, column) => record.cells[column] ?? ''));
  return { format: 'CSV', delimiter, header, rows, headerLine: records[start]?.line ?? 1, suggestedPreset };
}

function previewJson(text: string): ImportPreview {
  const records = parseJsonRecords(text, 200);
  const header = [...new Set(records.flatMap((record) => Object.keys(record.values)))];
  const rows = records.slice(0, PREVIEW_ROWS).map((record) => header.map((column) => cellText(record.values[column])));
  return { format: 'JSON', delimiter: null, header, rows, headerLine: 1, suggestedPreset: suggestPreset(header) };
}

/**
 * Reads the start of an export for the wizard. `delimiter` and `preset`
 * override what would be detected, as the user's choices in the wizard do.
 */
export function previewImport(
  text: string,
  options: { delimiter?: Delimiter | null; preset?: ImportPreset | null } = {},
): ImportPreview {
  return detectFormat(text) === 'JSON'
    ? previewJson(text)
    : previewCsv(text, options.delimiter ?? null, options.preset ?? null);
}
