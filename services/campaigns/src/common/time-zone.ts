import { DomainError } from '@alg/service-kit';

export function assertTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw DomainError.invalid('timeZone', timeZone, 'use an IANA time zone such as Europe/Paris.');
  }

  return timeZone;
}
