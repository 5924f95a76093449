import type { PersonFields } from '../participants/participant.service.js';

export const importPresets = ['eventbrite', 'plain'] as const;
export type ImportPreset = (typeof importPresets)[number];

export type RowMapper = (row: Record<string, string>) => PersonFields;

function splitName(name: string | undefined): { firstName?: string; lastName?: string } {
  const trimmed = name?.trim();
  if (!trimmed) return {};
  const space = trimmed.indexOf(' ');

  return space < 0
    ? { firstName: trimmed }
    : { firstName: trimmed.slice(0, space), lastName: trimmed.slice(space + 1).trim() };
}

/** Column names of each preset's export, mapped to participant fields. */
export const presetMappers: Record<ImportPreset, { required: string[]; map: RowMapper }> = {
  eventbrite: {
    required: ['Email', 'First Name', 'Last Name'],
    map: (row) => ({
      email: row['Email'] ?? '',
      firstName: row['First Name'],
      lastName: row['Last Name'],
      company: row['Company'],
      title: row['Job Title'],
    }),
  },
  plain: {
    required: ['email'],
    map: (row) => ({ email: row['email'] ?? '', ...splitName(row['name']) }),
  },
};
