// Number formatting for values that react-admin's NumberField cannot format
// alone, such as amounts whose currency comes from another field.

export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
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
