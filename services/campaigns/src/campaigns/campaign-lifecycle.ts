import { DomainError, ErrorCode } from '@alg/service-kit';
import type { Campaign, CampaignStatus } from './campaign.entity.js';

/** Lifecycle moves a campaign may make: draft → scheduled → live → ended, scheduling undone back to draft. */
export const transitions: Record<CampaignStatus, readonly CampaignStatus[]> = {
  draft: ['scheduled', 'live'],
  scheduled: ['live', 'draft'],
  live: ['ended'],
  ended: [],
};

export function assertTransition(campaign: Pick<Campaign, 'id' | 'status'>, to: CampaignStatus): void {
  const allowed = transitions[campaign.status];
  if (!allowed.includes(to)) {
    throw new DomainError(
      ErrorCode.invalidState,
      `Campaign ${campaign.id} is ${campaign.status.toUpperCase()} and cannot become ${to.toUpperCase()}; allowed: ${
        allowed.map((status) => status.toUpperCase()).join(', ') || 'none'
      }.`,
      { status: campaign.status },
    );
  }
}

/** Scheduling needs a start in the future, which is when the campaign goes live. */
export function assertSchedulable(campaign: Pick<Campaign, 'id' | 'startsAt'>, now: Date): void {
  if (!campaign.startsAt) {
    throw DomainError.invalid('startsAt', null, `set the start of campaign ${campaign.id} before scheduling it.`);
  }
  if (campaign.startsAt <= now) {
    throw DomainError.invalid(
      'startsAt',
      campaign.startsAt.toISOString(),
      'a scheduled campaign starts in the future; launch it now instead, or move the start.',
    );
  }
}

/** Fields that may still change in each status; the rest are fixed once invitations can exist. */
const editable: Record<CampaignStatus, 'all' | readonly string[]> = {
  draft: 'all',
  scheduled: 'all',
  live: [
    'name', 'description', 'teamId', 'cost', 'currency', 'activationTarget', 'destinationUrl', 'allowedHosts',
    'fallbackUrl', 'attributionWindowDays', 'invitationWindowDays', 'registrantEcosystemId', 'endsAt',
  ],
  ended: ['name', 'description', 'teamId', 'cost', 'currency'],
};

export function assertEditable(campaign: Pick<Campaign, 'id' | 'status'>, fields: string[]): void {
  const allowed = editable[campaign.status];
  if (allowed === 'all') return;
  const fixed = fields.filter((field) => !allowed.includes(field));
  if (fixed.length > 0) {
    throw new DomainError(
      ErrorCode.invalidState,
      `Campaign ${campaign.id} is ${campaign.status.toUpperCase()}: ${fixed.join(', ')} can no longer change; editable now: ${allowed.join(', ')}.`,
      { status: campaign.status, fields: fixed },
    );
  }
}
