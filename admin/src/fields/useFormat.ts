import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';
import { organizationTimeZone } from '../auth/session';
import {
  formatCompact,
  formatCount,
  formatDay,
  formatDecimal,
  formatInstant,
  formatMoney,
  formatPercent,
} from './format';

/** Formatters bound to the UI locale and the organization's time zone. */
export interface Formatters {
  locale: string;
  timeZone: string;
  count(value: number): string;
  decimal(value: number, digits?: number): string;
  compact(value: number): string;
  percent(ratio: number): string;
  money(amount: number, currency: string): string;
  date(iso: string): string;
  dateTime(iso: string): string;
  day(day: string): string;
  /** A ratio that may be null (a zero denominator), shown as a dash then. */
  optionalPercent(ratio: number | null | undefined, none: string): string;
}

export function useFormat(): Formatters {
  const [locale] = useLocaleState();
  const timeZone = organizationTimeZone();
  return useMemo(
    () => ({
      locale,
      timeZone,
      count: (value) => formatCount(value, locale),
      decimal: (value, digits) => formatDecimal(value, locale, digits),
      compact: (value) => formatCompact(value, locale),
      percent: (ratio) => formatPercent(ratio, locale),
      money: (amount, currency) => formatMoney(amount, currency, locale),
      date: (iso) => formatInstant(iso, locale, timeZone),
      dateTime: (iso) => formatInstant(iso, locale, timeZone, true),
      day: (day) => formatDay(day, locale),
      optionalPercent: (ratio, none) => (ratio === null || ratio === undefined ? none : formatPercent(ratio, locale)),
    }),
    [locale, timeZone],
  );
}
