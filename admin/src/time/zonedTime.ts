// Conversions between instants and wall-clock times in an IANA time zone.
// Date inputs show times in the organization's (or an interaction's) zone,
// while the API takes and returns UTC instants.

interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallParts(instant: Date, timeZone: string): WallParts {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  );
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** Offset of the zone from UTC at an instant, in milliseconds. */
function offsetAt(instant: Date, timeZone: string): number {
  const wall = wallParts(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - (instant.getTime() - instant.getMilliseconds());
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Formats an instant as `YYYY-MM-DDTHH:mm` in the zone, the value of a datetime-local input. */
export function toWallTime(iso: string, timeZone: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return '';
  const wall = wallParts(instant, timeZone);
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Turns a `YYYY-MM-DDTHH:mm` wall time in the zone into a UTC instant in
 * ISO form. A time skipped by a daylight-saving change moves forward by the
 * change, and a repeated time takes its first occurrence. Returns null for
 * text that is not a wall time.
 */
export function fromWallTime(wall: string, timeZone: string): string | null {
  const match = WALL_TIME.exec(wall);
  if (match === null) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const asUtc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  // A change of offset lies within 12 hours of any wall time it affects, so
  // the offsets half a day before and after are the only two candidates.
  const halfDay = 12 * 3600 * 1000;
  const before = asUtc - offsetAt(new Date(asUtc - halfDay), timeZone);
  const after = asUtc - offsetAt(new Date(asUtc + halfDay), timeZone);
  const target = `${wall.slice(0, 16)}`;
  const valid = [before, after].filter(
    (candidate) => toWallTime(new Date(candidate).toISOString(), timeZone) === target,
  );
  const chosen = valid.length > 0 ? Math.min(...valid) : before;
  return new Date(chosen).toISOString();
}

/** Returns the calendar day `YYYY-MM-DD` of an instant in the zone. */
export function dayInZone(iso: string, timeZone: string): string {
  return toWallTime(iso, timeZone).slice(0, 10);
}
