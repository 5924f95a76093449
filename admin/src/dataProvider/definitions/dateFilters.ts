import { organizationTimeZone } from '../../auth/session';
import { fromWallTime } from '../../time/zonedTime';
import type { FilterDefinition } from '../definition';

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A date filter from a DateInput (`YYYY-MM-DD`): the start of that day in the organization's time zone. */
export const fromDayFilter: FilterDefinition = {
  type: 'DateTime',
  toValue: (value) =>
    typeof value === 'string' && value !== ''
      ? (fromWallTime(`${value.slice(0, 10)}T00:00`, organizationTimeZone()) ?? undefined)
      : undefined,
};

/** An exclusive end filter from a DateInput: the start of the next day, so the chosen day is included. */
export const toDayFilter: FilterDefinition = {
  type: 'DateTime',
  toValue: (value) =>
    typeof value === 'string' && value !== ''
      ? (fromWallTime(`${addDays(value.slice(0, 10), 1)}T00:00`, organizationTimeZone()) ?? undefined)
      : undefined,
};
