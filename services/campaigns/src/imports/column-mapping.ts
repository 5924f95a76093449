/** Participant fields an import column can fill. */
export const importFields = [
  'email',
  'full_name',
  'first_name',
  'last_name',
  'company',
  'title',
  'linkedin_url',
  'x_url',
  'facebook_url',
  'linkedin_size',
  'x_size',
  'facebook_size',
  'email_size',
  'contact_consent',
  'contact_opt_out',
  'partner_sharing_consent',
  'occurred_at',
  'external_id',
] as const;
export type ImportField = (typeof importFields)[number];

/** For each field, the column names to read it from, first non-empty value wins. */
export type ColumnMapping = Partial<Record<ImportField, string[]>>;

/** A record as column name to value; repeated column names get the suffixes " (2)", " (3)", …. */
export type NamedRecord = Record<string, string>;

function key(name: string): string {
  return name.trim().toLowerCase();
}

/** Names columns uniquely, so that a repeated name keeps every value. */
export function uniqueColumnNames(header: string[]): string[] {
  const seen = new Map<string, number>();

  return header.map((raw) => {
    const name = raw.trim();
    const count = (seen.get(key(name)) ?? 0) + 1;
    seen.set(key(name), count);

    return count === 1 ? name : `${name} (${count})`;
  });
}

/** Case-insensitive lookup of a column and its repeats, returning the first non-empty value. */
export function readField(record: NamedRecord, columns: string[] | undefined): string | undefined {
  if (!columns) return undefined;
  const byKey = new Map(Object.entries(record).map(([name, value]) => [key(name), value]));
  for (const column of columns) {
    for (let repeat = 1; repeat <= 10; repeat++) {
      const value = byKey.get(repeat === 1 ? key(column) : `${key(column)} (${repeat})`);
      if (value === undefined) break;
      if (value.trim() !== '') return value.trim();
    }
  }

  return undefined;
}

export function hasColumn(header: string[], columns: string[] | undefined): boolean {
  const keys = new Set(header.map(key));

  return (columns ?? []).some((column) => keys.has(key(column)));
}

/** Later mappings override earlier ones field by field. */
export function combineMappings(...mappings: (ColumnMapping | undefined | null)[]): ColumnMapping {
  return Object.assign({}, ...mappings.filter(Boolean)) as ColumnMapping;
}
