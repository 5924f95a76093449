// Reads the start of a CSV or JSON export in the browser, so that the import
// wizard can show the first rows and their columns before anything is sent.
// The campaigns service parses the whole file again on its own. This reader
// only has to agree with it on delimiters, quoting and physical line numbers.

export type Delimiter = 'COMMA' | 'SEMICOLON' | 'TAB';
export type ImportFormat = 'CSV' | 'JSON';

export const delimiterCharacters: Readonly<Record<Delimiter, string>> = {
  COMMA: ',',
  SEMICOLON: ';',
  TAB: '\t',
};

/** One record of a CSV file with the physical line (from 1) where it starts. */
export interface CsvRecord {
  cells: string[];
  line: number;
  /** The record's text as it is in the file, without the line break that ends it. */
  raw: string;
}

/** Removes a UTF-8 byte order mark, which spreadsheet exports often start with. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Picks the delimiter that occurs outside quotes on the most lines of the
 * sample, then the most often; a comma when nothing decides.
 */
export function detectDelimiter(sample: string): Delimiter {
  const candidates: Delimiter[] = ['COMMA', 'SEMICOLON', 'TAB'];
  const perLine = new Map<Delimiter, number[]>(candidates.map((name) => [name, [0]]));
  let quoted = false;
  for (const char of sample) {
    if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === '\n') {
      perLine.forEach((counts) => counts.push(0));
    } else if (!quoted) {
      const name = candidates.find((candidate) => delimiterCharacters[candidate] === char);
      if (name !== undefined) {
        const counts = perLine.get(name)!;
        counts[counts.length - 1]! += 1;
      }
    }
  }
  let best: Delimiter = 'COMMA';
  let bestScore = [0, 0];
  for (const name of candidates) {
    const counts = perLine.get(name)!;
    const score = [counts.filter((count) => count > 0).length, counts.reduce((sum, count) => sum + count, 0)];
    if (score[0]! > bestScore[0]! || (score[0] === bestScore[0] && score[1]! > bestScore[1]!)) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Splits CSV text into records following RFC 4180: quoted fields may hold
 * delimiters, doubled quotes and line breaks. Empty lines are skipped, as
 * the server skips them. Stops after `maxRecords` records when it is given.
 */
export function parseCsv(text: string, delimiter: Delimiter, maxRecords = Number.POSITIVE_INFINITY): CsvRecord[] {
  const separator = delimiterCharacters[delimiter];
  const source = withoutBom(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let recordStart = 0;

  const endRecord = (end: number) => {
    cells.push(cell);
    const raw = source.slice(recordStart, end).replace(/\r$/, '');
    if (!(cells.length === 1 && cells[0] === '')) {
      records.push({ cells, line: recordLine, raw });
    }
    cells = [];
    cell = '';
  };

  for (let index = 0; index < source.length && records.length < maxRecords; index += 1) {
    const char = source[index]!;
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line += 1;
        cell += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n') {
      endRecord(index);
      line += 1;
      recordLine = line;
      recordStart = index + 1;
    } else if (char !== '\r' || source[index + 1] !== '\n') {
      cell += char;
    }
  }
  if (records.length < maxRecords && (cell !== '' || cells.length > 0)) {
    endRecord(source.length);
  }
  return records;
}

/** Tells whether a file's text is a JSON export: an array of objects or one object per line. */
export function detectFormat(text: string): ImportFormat {
  const start = withoutBom(text).trimStart();
  return start.startsWith('[') || start.startsWith('{') ? 'JSON' : 'CSV';
}

/** One object of a JSON export with the line (from 1) where it starts. */
export interface JsonRecord {
  values: Record<string, unknown>;
  line: number;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the objects of a JSON export: a whole array, or one object per line.
 * Throws a SyntaxError naming the line for text that is neither.
 */
export function parseJsonRecords(text: string, maxRecords = Number.POSITIVE_INFINITY): JsonRecord[] {
  const source = withoutBom(text);
  if (source.trimStart().startsWith('[')) {
    const parsed: unknown = JSON.parse(source);
    const items = Array.isArray(parsed) ? parsed : [];
    return items
      .slice(0, maxRecords)
      .filter(isObject)
      .map((values, index) => ({ values, line: index + 1 }));
  }
  const records: JsonRecord[] = [];
  const lines = source.split('\n');
  for (let index = 0; index < lines.length && records.length < maxRecords; index += 1) {
    const lineText = lines[index]!.trim();
    if (lineText === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(lineText);
    } catch {
      throw new SyntaxError(`Line ${index + 1} is not a JSON object.`);
    }
    if (isObject(value)) records.push({ values: value, line: index + 1 });
  }
  return records;
}
