import { DateField, type DateFieldProps, useLocaleState, useRecordContext } from 'react-admin';
import { organizationTimeZone } from '../auth/session';

export interface OrganizationDateFieldProps extends Omit<DateFieldProps, 'options' | 'locales'> {
  /** Whether to show the time next to the date; false shows the date only. */
  showTime?: boolean;
  /**
   * Field of the record that contains an IANA time zone to use instead of the
   * organization's, such as an interaction's `timeZone`.
   */
  timeZoneSource?: string;
}

/**
 * Shows a DateTime in the organization's time zone, because campaign
 * periods start at local midnight there and not in the viewer's zone.
 */
export function OrganizationDateField({ showTime = false, timeZoneSource, ...props }: OrganizationDateFieldProps) {
  const [locale] = useLocaleState();
  const record = useRecordContext<Record<string, unknown>>();
  const recordTimeZone = timeZoneSource === undefined ? undefined : record?.[timeZoneSource];
  const timeZone = typeof recordTimeZone === 'string' ? recordTimeZone : organizationTimeZone();
  // Intl rejects timeZoneName next to dateStyle, so the parts are listed one by one.
  const options: Intl.DateTimeFormatOptions = showTime
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
  return <DateField {...props} locales={locale} showTime={showTime} options={options} />;
}
