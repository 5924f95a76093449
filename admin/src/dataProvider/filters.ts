import type { ConnectionListDefinition, FilterDefinition } from './definition';

/** Filter values as sent to the gateway, keyed by argument name. */
export type ListFilters = Readonly<Record<string, unknown>>;

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Converts a form value to the argument's type: lists, booleans and integers from their form shapes. */
function defaultValue(definition: FilterDefinition, value: unknown): unknown {
  const type = definition.type.replace(/!$/, '');
  if (type.startsWith('[')) {
    const items = (Array.isArray(value) ? value : [value]).filter((item) => !isEmpty(item));
    return items.length === 0 ? undefined : items;
  }
  if (type === 'Boolean') {
    if (value === true || value === 'true') return true;
    if (value === false || value === 'false') return false;
    return undefined;
  }
  if (type === 'Int' || type === 'Float') {
    const number = Number(value);
    return Number.isFinite(number) ? number : undefined;
  }
  return typeof value === 'string' ? value.trim() || undefined : value;
}

/**
 * Keeps the filters that the list field takes, converted to the argument
 * types, and drops empty ones. react-admin may add others that the API does
 * not know, and the gateway rejects unknown arguments.
 */
export function supportedFilters(definition: ConnectionListDefinition, filter: unknown): ListFilters {
  const filters: Record<string, unknown> = {};
  if (typeof filter !== 'object' || filter === null) return filters;
  for (const [name, raw] of Object.entries(filter)) {
    const argument = definition.filters[name];
    if (argument === undefined || isEmpty(raw)) continue;
    const value = argument.toValue ? argument.toValue(raw) : defaultValue(argument, raw);
    if (value !== undefined) filters[name] = value;
  }
  return filters;
}

/** Returns a stable key for one list of a resource, filters and order included. */
export function listKey(resource: string, filters: ListFilters, order: unknown): string {
  const entries = Object.entries(filters).sort(([a], [b]) => a.localeCompare(b));
  return `${resource}|${JSON.stringify(entries)}|${JSON.stringify(order ?? null)}`;
}
