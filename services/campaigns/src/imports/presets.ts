import type { ColumnMapping, NamedRecord } from './column-mapping.js';
import { readField } from './column-mapping.js';

export const importPresets = ['eventbrite', 'zoom', 'hubspot', 'plain', 'custom'] as const;
export type ImportPreset = (typeof importPresets)[number];

export interface PresetSpec {
  mapping: ColumnMapping;
  /**
   * Title of the report section whose table lists the people, for exports
   * that print summary sections above it; the table ends at the next
   * section title.
   */
  section?: { title: string; isSectionTitle: (cells: string[]) => boolean };
  /** Returns a reason to skip a row that is valid but not to be imported. */
  skip?: (record: NamedRecord, mapping: ColumnMapping) => string | null;
}

/** Tells whether a row is a Zoom section title: one non-empty cell such as "Host Details". */
function isZoomSectionTitle(cells: string[]): boolean {
  const filled = cells.filter((cell) => cell.trim() !== '');

  return filled.length === 1 && /^(attendee|host|panelist|other attended|report)\b.*details?$/i.test(filled[0]!.trim());
}

/** Column layouts of real exports. */
export const presets: Record<ImportPreset, PresetSpec> = {
  eventbrite: {
    mapping: {
      email: ['Email', 'Attendee Email'],
      first_name: ['First Name'],
      last_name: ['Last Name'],
      company: ['Company'],
      title: ['Job Title'],
    },
  },
  // Zoom's webinar attendee report starts with report, host and panelist
  // sections; attendees follow "Attendee Details". A person who joined more
  // than once has one row per session, which merge.
  zoom: {
    mapping: {
      email: ['Email'],
      first_name: ['First Name'],
      last_name: ['Last Name'],
      full_name: ['User Name (Original Name)', 'User Name'],
      company: ['Organization'],
      title: ['Job Title'],
      occurred_at: ['Join Time'],
    },
    section: { title: 'Attendee Details', isSectionTitle: isZoomSectionTitle },
    skip: (record) => (/^no$/i.test(readField(record, ['Attended']) ?? '') ? 'did not attend (Attended is No)' : null),
  },
  hubspot: {
    mapping: {
      email: ['Email'],
      first_name: ['First Name'],
      last_name: ['Last Name'],
      company: ['Company Name', 'Associated Company', 'Company'],
      title: ['Job Title'],
      linkedin_url: ['LinkedIn URL', 'LinkedIn Profile', 'LinkedIn Bio'],
      x_url: ['Twitter Username', 'Twitter Profile'],
      contact_opt_out: ['Unsubscribed from all email', 'Opted out of all email'],
    },
  },
  plain: {
    mapping: { email: ['email', 'e-mail'], full_name: ['name'] },
  },
  custom: { mapping: {} },
};
