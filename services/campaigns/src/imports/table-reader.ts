import { DomainError } from '@alg/service-kit';
import { type ColumnMapping, hasColumn, type NamedRecord, uniqueColumnNames } from './column-mapping.js';
import type { RawRecord } from './csv-records.js';
import type { JsonRecord } from './json-records.js';
import type { PresetSpec } from './presets.js';

/** One data record of an import, numbered from 1, with the line where it starts. */
export interface TableRow {
  record: number;
  line: number;
  values?: NamedRecord;
  error?: string;
}

/** How many records may precede the header before the file is judged to have none. */
const HEADER_SEARCH_LIMIT = 50;

function missingEmail(preset: string, mapping: ColumnMapping, header: string[]): DomainError {
  return DomainError.invalid(
    'header',
    header.join(',').slice(0, 200),
    `the ${preset} layout reads the e-mail from a column named ${(mapping.email ?? ['(none mapped)']).map((name) => JSON.stringify(name)).join(' or ')}; map the e-mail column, or pick the preset that matches the export.`,
  );
}

/**
 * Finds the header of a CSV export (after the preset's section title, or
 * the first record that has the e-mail column) and yields the data records
 * under it as named values.
 */
export async function* csvTable(
  records: AsyncIterable<RawRecord>,
  preset: string,
  spec: PresetSpec,
  mapping: ColumnMapping,
): AsyncGenerator<TableRow> {
  let header: string[] | null = null;
  let inSection = !spec.section;
  let seen = 0;
  let firstCells: string[] | null = null;
  let record = 0;
  for await (const raw of records) {
    if (!header) {
      if (raw.kind === 'error') continue;
      firstCells ??= raw.cells;
      if (++seen > HEADER_SEARCH_LIMIT) break;
      if (!inSection) {
        const title = raw.cells.find((cell) => cell.trim() !== '')?.trim() ?? '';
        inSection = spec.section!.isSectionTitle(raw.cells) && title.toLowerCase() === spec.section!.title.toLowerCase();
        continue;
      }
      if (hasColumn(raw.cells, mapping.email)) header = uniqueColumnNames(raw.cells);
      else if (spec.section) throw missingEmail(preset, mapping, raw.cells);
      continue;
    }
    if (raw.kind === 'cells' && spec.section?.isSectionTitle(raw.cells)) return;
    record++;
    if (raw.kind === 'error') {
      yield { record, line: raw.line, error: raw.reason };
      continue;
    }
    const values: NamedRecord = {};
    header.forEach((name, index) => (values[name] = raw.cells[index] ?? ''));
    yield { record, line: raw.line, values };
  }
  if (!header) {
    if (spec.section && !inSection) {
      throw DomainError.invalid('file', spec.section.title, `the ${preset} report has no "${spec.section.title}" section; export the attendee report.`);
    }
    throw missingEmail(preset, mapping, firstCells ?? []);
  }
}

/** Yields the objects of a JSON import as numbered records; the e-mail key is checked per record. */
export async function* jsonTable(records: AsyncIterable<JsonRecord>): AsyncGenerator<TableRow> {
  let record = 0;
  for await (const item of records) {
    record++;
    yield item.kind === 'error'
      ? { record, line: item.line, error: item.reason }
      : { record, line: item.line, values: item.values };
  }
}
