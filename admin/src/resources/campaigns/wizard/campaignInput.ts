// Turns the guided flow's form values into CreateCampaignInput. Kept apart
// from the components so that the mapping is tested on its own.

import type { Network } from '../../../shareKit/postPreview.ts';

export interface ShareVariantValue {
  network: Network;
  template: string;
  subject?: string | null;
}

export interface CampaignFormValues {
  interactionId?: string;
  ecosystemId?: string;
  outcome?: string;
  name?: string;
  description?: string | null;
  teamId?: string | null;
  cost?: number | string | null;
  currency?: string;
  /** Target activation rate in percent, as the form shows it. */
  activationTargetPercent?: number | string | null;
  destinationUrl?: string;
  allowedHosts?: string[];
  fallbackUrl?: string | null;
  registrantEcosystemId?: string | null;
  attributionWindowDays?: number | string | null;
  invitationWindowDays?: number | string | null;
  startsAt?: string | null;
  endsAt?: string | null;
  shareKit?: ShareVariantValue[];
}

function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function number(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}

function hostOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * Host names lower-cased as DNS compares them, without duplicates and
 * without the destination's own host, which the API always allows.
 */
export function normalizeHosts(hosts: readonly string[] | undefined, destinationUrl?: string): string[] {
  const destination = hostOf(destinationUrl);
  const names = (hosts ?? [])
    .map((host) => host.trim().toLowerCase())
    .filter((host) => host !== '' && host !== destination);
  return [...new Set(names)];
}

/**
 * Builds the mutation input. Optional fields left empty are left out, so
 * the API applies its own defaults (currency, windows, target).
 */
export function campaignInput(values: CampaignFormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {
    name: text(values.name) ?? '',
    interactionId: values.interactionId,
    ecosystemId: values.ecosystemId,
    outcome: values.outcome,
    destinationUrl: text(values.destinationUrl) ?? '',
    allowedHosts: normalizeHosts(values.allowedHosts, values.destinationUrl),
    shareKit: (values.shareKit ?? [])
      .filter((variant) => variant.template.trim() !== '')
      .map((variant) => ({
        network: variant.network,
        template: variant.template,
        ...(variant.network === 'EMAIL' && text(variant.subject) ? { subject: text(variant.subject) } : {}),
      })),
  };
  const optional: Record<string, unknown> = {
    description: text(values.description),
    teamId: values.teamId || null,
    cost: number(values.cost),
    currency: text(values.currency)?.toUpperCase() ?? null,
    activationTarget:
      number(values.activationTargetPercent) === null ? null : number(values.activationTargetPercent)! / 100,
    fallbackUrl: text(values.fallbackUrl),
    registrantEcosystemId: values.registrantEcosystemId || null,
    attributionWindowDays: number(values.attributionWindowDays),
    invitationWindowDays: number(values.invitationWindowDays),
    startsAt: text(values.startsAt),
    endsAt: text(values.endsAt),
  };
  for (const [field, value] of Object.entries(optional)) {
    if (value !== null) input[field] = value;
  }
  return input;
}

/** Returns the step of the guided flow that contains a field the server named in an error. */
export function stepOfField(field: string | undefined): number {
  if (field === undefined) return 3;
  if (field.startsWith('shareKit')) return 2;
  if (['interactionId', 'ecosystemId', 'outcome'].includes(field)) return 0;
  return 1;
}
