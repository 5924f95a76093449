import { StringDecoder } from 'node:string_decoder';
import { DomainError } from '@alg/service-kit';
import type { NamedRecord } from './column-mapping.js';

export type JsonRecord = { kind: 'record'; values: NamedRecord; line: number } | { kind: 'error'; line: number; reason: string };

export const MAX_JSON_RECORD_CHARS = 1_000_000;

function flatten(value: unknown): NamedRecord | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record: NamedRecord = {};
  for (const [name, field] of Object.entries(value)) {
    if (field === null || field === undefined) record[name] = '';
    else if (typeof field === 'object') record[name] = JSON.stringify(field);
    else record[name] = String(field);
  }

  return record;
}

/**
 * Streams the objects of a JSON array, or of newline-delimited JSON, one
 * at a time: only the current object is held in memory. Each object is
 * reported with the line where it starts; one that is not a flat object,
 * or not valid JSON, is reported and skipped.
 */
export async function* jsonRecords(chunks: AsyncIterable<Buffer>): AsyncGenerator<JsonRecord> {
  const decoder = new StringDecoder('utf8');
  const state = { line: 1, depth: 0, inString: false, escaped: false, topIsArray: false };
  let recording = false;
  let recordDepth = 0;
  let current = '';
  let startLine = 0;
  let first = true;
  for await (const chunk of chunks) {
    let text = decoder.write(chunk);
    if (first) {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    for (const char of text) {
      if (recording) current += char;
      if (state.inString) {
        if (state.escaped) state.escaped = false;
        else if (char === '\\') state.escaped = true;
        else if (char === '"') state.inString = false;
      } else if (char === '"') {
        state.inString = true;
      } else if (char === '{' || char === '[') {
        const opensRecord = char === '{' && (state.depth === 0 || (state.depth === 1 && state.topIsArray));
        if (!recording && opensRecord) {
          recording = true;
          current = '{';
          startLine = state.line;
          recordDepth = state.depth;
        } else if (state.depth === 0) {
          state.topIsArray = true;
        }
        state.depth++;
      } else if (char === '}' || char === ']') {
        state.depth--;
        if (state.depth < 0) throw DomainError.invalid('file', `line ${state.line}`, 'the JSON has an unmatched closing bracket.');
        if (recording && state.depth === recordDepth) {
          yield parseRecord(current, startLine);
          recording = false;
          current = '';
        }
      }
      if (char === '\n') state.line++;
      if (recording && current.length > MAX_JSON_RECORD_CHARS) {
        throw DomainError.invalid('file', `record at line ${startLine}`, `a record is limited to ${MAX_JSON_RECORD_CHARS} characters.`);
      }
    }
  }
  if (state.depth !== 0 || state.inString) {
    throw DomainError.invalid('file', `line ${state.line}`, 'the JSON ends inside a record; the file may be cut off.');
  }
}

function parseRecord(text: string, line: number): JsonRecord {
  try {
    const values = flatten(JSON.parse(text));
    if (!values) return { kind: 'error', line, reason: 'a record must be a JSON object' };

    return { kind: 'record', values, line };
  } catch (err) {
    return { kind: 'error', line, reason: `not valid JSON: ${(err as Error).message}` };
  }
}
