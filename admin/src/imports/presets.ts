// What the console knows about the campaigns service's import presets, to
// suggest one for a file and to show which columns it reads. The service
// applies its own copy of these layouts when it imports; keep both in step.
// NOTE: this table can go once the gateway serves the presets' columns.

export type ImportPreset = 'EVENTBRITE' | 'ZOOM' | 'HUBSPOT' | 'PLAIN' | 'CUSTOM';

export type ImportField =
  | 'EMAIL'
  | 'FULL_NAME'
  | 'FIRST_NAME'
  | 'LAST_NAME'
  | 'COMPANY'
  | 'TITLE'
  | 'LINKEDIN_URL'
  | 'X_URL'
  | 'FACEBOOK_URL'
  | 'LINKEDIN_SIZE'
  | 'X_SIZE'
  | 'FACEBOOK_SIZE'
  | 'EMAIL_SIZE'
  | 'CONTACT_CONSENT'
  | 'CONTACT_OPT_OUT'
  | 'PARTNER_SHARING_CONSENT'
  | 'OCCURRED_AT'
  | 'EXTERNAL_ID';

export const importFields: readonly ImportField[] = [
  'EMAIL',
  'FULL_NAME',
  'FIRST_NAME',
  'LAST_NAME',
  'COMPANY',
  'TITLE',
  'LINKEDIN_URL',
  'X_URL',
  'FACEBOOK_URL',
  'LINKEDIN_SIZE',
  'X_SIZE',
  'FACEBOOK_SIZE',
  'EMAIL_SIZE',
  'CONTACT_CONSENT',
  'CONTACT_OPT_OUT',
  'PARTNER_SHARING_CONSENT',
  'OCCURRED_AT',
  'EXTERNAL_ID',
];

export const importPresets: readonly ImportPreset[] = ['EVENTBRITE', 'ZOOM', 'HUBSPOT', 'PLAIN', 'CUSTOM'];

export interface PresetLayout {
  /** Columns the preset reads for each field, first match wins, compared without regard to case. */
  columns: Partial<Record<ImportField, readonly string[]>>;
  /** Columns whose presence marks a file as this preset's export. */
  signature: readonly string[];
  /** Title of the section whose rows hold the people, for reports with summary sections above them. */
  sectionTitle?: string;
}

export const presetLayouts: Readonly<Record<ImportPreset, PresetLayout>> = {
  EVENTBRITE: {
    columns: {
      EMAIL: ['Email', 'Attendee Email'],
      FIRST_NAME: ['First Name'],
      LAST_NAME: ['Last Name'],
      COMPANY: ['Company'],
      TITLE: ['Job Title'],
    },
    signature: ['Order #', 'Attendee #', 'Ticket Type'],
  },
  ZOOM: {
    columns: {
      EMAIL: ['Email'],
      FIRST_NAME: ['First Name'],
      LAST_NAME: ['Last Name'],
      FULL_NAME: ['User Name (Original Name)', 'User Name'],
      COMPANY: ['Organization'],
      TITLE: ['Job Title'],
      OCCURRED_AT: ['Join Time'],
    },
    signature: ['Join Time', 'User Name (Original Name)', 'Attended'],
    sectionTitle: 'Attendee Details',
  },
  HUBSPOT: {
    columns: {
      EMAIL: ['Email'],
      FIRST_NAME: ['First Name'],
      LAST_NAME: ['Last Name'],
      COMPANY: ['Company Name', 'Associated Company', 'Company'],
      TITLE: ['Job Title'],
      LINKEDIN_URL: ['LinkedIn URL', 'LinkedIn Profile', 'LinkedIn Bio'],
      X_URL: ['Twitter Username', 'Twitter Profile'],
      CONTACT_OPT_OUT: ['Unsubscribed from all email', 'Opted out of all email'],
    },
    signature: ['Record ID', 'Contact owner', 'Associated Company', 'Unsubscribed from all email'],
  },
  PLAIN: {
    columns: { EMAIL: ['email', 'e-mail'], FULL_NAME: ['name'] },
    signature: [],
  },
  CUSTOM: { columns: {}, signature: [] },
};

function normalized(column: string): string {
  return column.trim().toLowerCase();
}

/** Returns the column of `header` that the preset reads for a field, or null when none matches. */
export function presetColumn(preset: ImportPreset, field: ImportField, header: readonly string[]): string | null {
  const candidates = presetLayouts[preset].columns[field] ?? [];
  for (const candidate of candidates) {
    const found = header.find((column) => normalized(column) === normalized(candidate));
    if (found !== undefined) return found;
  }
  return null;
}

/**
 * Suggests the preset of a file from its columns: the preset with the most
 * signature columns present, PLAIN when an `email` column is all it needs,
 * and CUSTOM otherwise, which needs a mapping.
 */
export function suggestPreset(header: readonly string[], sectionTitles: readonly string[] = []): ImportPreset {
  const columns = new Set(header.map(normalized));
  if (sectionTitles.some((title) => normalized(title) === normalized(presetLayouts.ZOOM.sectionTitle!))) {
    return 'ZOOM';
  }
  let best: ImportPreset | null = null;
  let bestCount = 0;
  for (const preset of importPresets) {
    const count = presetLayouts[preset].signature.filter((column) => columns.has(normalized(column))).length;
    if (count > bestCount) {
      best = preset;
      bestCount = count;
    }
  }
  if (best !== null) return best;
  return presetColumn('PLAIN', 'EMAIL', header) !== null ? 'PLAIN' : 'CUSTOM';
}
