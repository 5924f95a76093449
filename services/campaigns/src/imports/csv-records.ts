import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { Delimiter } from './delimiter.js';

export type RawRecord =
  | { kind: 'cells'; cells: string[]; line: number }
  | { kind: 'error'; line: number; reason: string };

/** Line breaks inside the values of a record, to find the line where it starts. */
function breaksIn(cells: string[]): number {
  return cells.reduce((count, value) => count + (value.match(/\n/g)?.length ?? 0), 0);
}

/**
 * Streams the records of a CSV file as arrays of cells, with the physical
 * line where each starts. A malformed record (an unclosed quote, a stray
 * quote) is reported and skipped while the rest of the file is read.
 */
export async function* csvRecords(chunks: AsyncIterable<Buffer>, delimiter: Delimiter): AsyncGenerator<RawRecord> {
  const skipped: RawRecord[] = [];
  const parser = Readable.from(chunks).pipe(
    parse({
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      info: true,
      on_skip: (err: (Error & { lines?: number }) | undefined) => {
        if (err) skipped.push({ kind: 'error', line: err.lines ?? 0, reason: `unreadable CSV record: ${err.message}` });
      },
    }),
  );
  // The parser reports a skipped record as soon as it reads it, possibly
  // before earlier records reach this loop, so errors wait for their place.
  for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    const line = item.info.lines - breaksIn(item.record);
    while (skipped.length > 0 && skipped[0]!.line < line) yield skipped.shift()!;
    yield { kind: 'cells', cells: item.record, line };
  }
  while (skipped.length > 0) yield skipped.shift()!;
}
