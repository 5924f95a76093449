// Number and date formatting for values that react-admin's fields cannot
// format alone, such as amounts whose currency comes from another field or
// figures inside charts. Every function takes the UI locale; dates also take
// the time zone to show them in.

export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** Formats a figure that may have decimals, such as expected shares, with at most one. */
export function formatDecimal(value: number, locale: string, digits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** Formats a large figure briefly, such as 12K, for chart axes. */
export function formatCompact(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** Formats a ratio from 0 to 1 as a percentage with at most one decimal. */
export function formatPercent(ratio: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}

/**
 * Formats an amount in major units of an ISO 4217 currency. A code that Intl
 * rejects is shown after the plain number instead of failing the view.
 */
export function formatMoney(amount: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount)} ${currency}`;
  }
}

/** Formats an instant as a date, or a date and time with the zone's name, in a time zone. */
export function formatInstant(iso: string, locale: string, timeZone: string, withTime = false): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = withTime
    ? {
        timeZone,
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZoneName: 'short',
      }
    : { timeZone, dateStyle: 'medium' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/**
 * Formats a calendar day `YYYY-MM-DD` that the API already computed in the
 * organization's zone. It is read as UTC so that no zone shifts it.
 */
export function formatDay(day: string, locale: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'short', day: 'numeric' }).format(date);
}
