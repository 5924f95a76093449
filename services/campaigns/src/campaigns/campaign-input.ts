import { domainToASCII } from 'node:url';
import { DomainError } from '@alg/service-kit';

export function normalizeHost(host: string): string {
  const ascii = domainToASCII(host.trim().toLowerCase());
  if (!ascii || !/^[a-z0-9.-]+(:\d+)?$/.test(ascii)) {
    throw DomainError.invalid('allowedHosts', host, 'give a host name such as events.example.com.');
  }

  return ascii;
}

/** Distinct normalized hosts, without the destination's own host, which is always allowed. */
export function allowedHostsFor(destinationUrl: string, hosts: string[]): string[] {
  const destinationHost = normalizeHost(new URL(destinationUrl).host);

  return [...new Set(hosts.map(normalizeHost))].filter((host) => host !== destinationHost);
}

export function assertSchedule(startsAt: Date | null | undefined, endsAt: Date | null | undefined): void {
  if (startsAt && endsAt && endsAt <= startsAt) {
    throw DomainError.invalid('endsAt', endsAt.toISOString(), 'the campaign must end after it starts.');
  }
}
