import { DomainError } from '@alg/service-kit';
import { completionKinds, type CompletionKind } from '../completions/completion.entity.js';
import { type ColumnMapping, type ImportField, importFields } from './column-mapping.js';
import { type Delimiter, delimiters } from './delimiter.js';
import { type ImportFormat, importFormats } from './participant-import.entity.js';
import { type ImportPreset, importPresets } from './presets.js';

/** What an import is asked to do, from the GraphQL mutation or the upload endpoint. */
export interface ImportRequest {
  ecosystemId?: string | null;
  /** Each row is also a completion moment of this campaign. */
  campaignId?: string | null;
  completionKind?: CompletionKind | null;
  preset: ImportPreset;
  format?: ImportFormat | null;
  delimiter?: Delimiter | null;
  mapping?: ColumnMapping | null;
  fileName?: string | null;
  totalBytes?: number | null;
}

const DELIMITER_NAMES: Record<string, Delimiter> = { ',': ',', comma: ',', ';': ';', semicolon: ';', '\t': '\t', tab: '\t' };

function oneOf<T extends string>(field: string, value: string, allowed: readonly T[]): T {
  const lower = value.trim().toLowerCase();
  if (!(allowed as readonly string[]).includes(lower)) {
    throw DomainError.invalid(field, value, `use one of ${allowed.map((item) => item.toUpperCase()).join(', ')}.`);
  }

  return lower as T;
}

/**
 * Reads an import request from the upload endpoint's query string:
 * ecosystemId, campaignId, completionKind, preset, format, delimiter
 * (comma, semicolon or tab), fileName, and map.<field>=<column> pairs.
 */
export function importRequestFromQuery(query: Record<string, unknown>, totalBytes: number | null): ImportRequest {
  const text = (name: string): string | undefined => {
    const value = query[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw DomainError.invalid(name, value, 'give the parameter once.');

    return value;
  };
  const delimiter = text('delimiter');
  if (delimiter !== undefined && !DELIMITER_NAMES[delimiter.toLowerCase()]) {
    throw DomainError.invalid('delimiter', delimiter, 'use comma, semicolon or tab, or leave it out to detect it.');
  }
  const mapping: ColumnMapping = {};
  for (const [name, value] of Object.entries(query)) {
    if (!name.startsWith('map.')) continue;
    const field = oneOf('mapping field', name.slice(4), importFields) as ImportField;
    if (typeof value !== 'string' || !value.trim()) throw DomainError.invalid(name, value, 'give the column name.');
    mapping[field] = [value];
  }
  const kind = text('completionKind');

  return {
    ecosystemId: text('ecosystemId') ?? null,
    campaignId: text('campaignId') ?? null,
    completionKind: kind ? oneOf('completionKind', kind, completionKinds) : null,
    preset: oneOf('preset', text('preset') ?? 'plain', importPresets),
    format: text('format') ? oneOf('format', text('format')!, importFormats) : null,
    delimiter: delimiter ? DELIMITER_NAMES[delimiter.toLowerCase()]! : null,
    mapping: Object.keys(mapping).length ? mapping : null,
    fileName: text('fileName') ?? null,
    totalBytes,
  };
}

export function assertDelimiter(value: string): Delimiter {
  if (!(delimiters as readonly string[]).includes(value)) {
    throw DomainError.invalid('delimiter', value, 'use a comma, a semicolon or a tab.');
  }

  return value as Delimiter;
}
