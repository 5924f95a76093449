// Which role may do what in the console. The gateway enforces roles on
// every operation; this table only decides which menus and buttons exist,
// so that no user is offered an action the server would reject.

export type Role = 'viewer' | 'editor' | 'admin';

const rank: Readonly<Record<Role, number>> = { viewer: 0, editor: 1, admin: 2 };

/**
 * Resources that only admins see: credentials and signing secrets, the
 * people with access, who changed what, a participant's full data
 * export and the erasure of a participant's personal data. The server
 * requires the admin role for each of them, reads included.
 */
export const adminResources: ReadonlySet<string> = new Set([
  'api-keys',
  'members',
  'audit-log',
  'completion-webhooks',
  'conversion-webhooks',
  'participant-exports',
  'participant-erasures',
]);

/** Actions that only read. react-admin also checks `export` and `clone`, which count as writes here. */
const readActions: ReadonlySet<string> = new Set(['list', 'show', 'access']);

/** Parses a role from the server, which spells it in any case; unknown roles get the least rights. */
export function parseRole(value: unknown): Role {
  const lower = typeof value === 'string' ? value.toLowerCase() : '';
  return lower === 'admin' || lower === 'editor' ? lower : 'viewer';
}

export function hasRole(role: Role, least: Role): boolean {
  return rank[role] >= rank[least];
}

/**
 * Decides react-admin's canAccess: viewers read everything but the admin
 * resources, editors also write, admins do everything.
 */
export function canAccess(role: Role, action: string, resource: string): boolean {
  const base = resource.split('.')[0] ?? resource;
  if (adminResources.has(base)) {
    return hasRole(role, 'admin');
  }
  return readActions.has(action) || hasRole(role, 'editor');
}
