import { DomainError, type ServiceRuntime } from '@alg/service-kit';
import { expectInvitee, type InviteeExpectation, type InviteeHistory } from '../forecast/forecast.js';
import { loadPointsConfig } from '../points/points-config.repository.js';
import { type PointsConfig, weightsOf } from '../points/points-config.js';
import { reachPointsMicro } from '../scores/points.js';
import { campaignOutcomes, ecosystemMembers, eligibility, participantHistories } from './history.repository.js';
import { type GroupPriors, priorsFor } from './priors.js';
import { targetingReasons } from './targeting-reasons.js';

export interface TargetingRequest {
  organizationId: string;
  ecosystemId: string;
  interactionKind: string;
  first: number;
  /** Instant the frequency window ends at; the current time when absent. */
  asOf?: Date | null;
  frequencyWindowDays: number;
  maxInvitationsInWindow: number;
}

export interface TargetCandidate {
  rank: number;
  participantId: string;
  expectedPoints: number;
  expectation: InviteeExpectation;
  history: InviteeHistory;
  reasons: string[];
}

export type ExclusionReason = 'no_contact_consent' | 'invited_too_often';

export interface TargetExclusion {
  participantId: string;
  reason: ExclusionReason;
  detail: string;
}

export interface TargetingResult {
  priors: GroupPriors;
  eligible: number;
  candidates: TargetCandidate[];
  excluded: TargetExclusion[];
}

export const MAX_FREQUENCY_WINDOW_DAYS = 365;

/**
 * Expected points of inviting a participant: each expected share earns
 * the share points and the reach points of the participant's audience,
 * each expected click and conversion earns its points.
 */
export function expectedPoints(expectation: InviteeExpectation, config: PointsConfig, priors: GroupPriors): number {
  const weights = weightsOf(config);
  const perConversion = priors.pointsPerConversionMicro ?? weights.conversion.registration;
  const micro =
    expectation.metrics.shares.mean * (weights.share + reachPointsMicro(Math.round(expectation.reachPerShare), weights.reach)) +
    expectation.metrics.clicks.mean * weights.click +
    expectation.metrics.conversions.mean * perConversion;

  return Math.round(micro / 10_000) / 100;
}

function validate(request: TargetingRequest): void {
  if (!Number.isInteger(request.frequencyWindowDays) || request.frequencyWindowDays < 1 || request.frequencyWindowDays > MAX_FREQUENCY_WINDOW_DAYS) {
    throw DomainError.invalid('frequencyWindowDays', request.frequencyWindowDays, `give a whole number of days from 1 to ${MAX_FREQUENCY_WINDOW_DAYS}.`);
  }
  if (!Number.isInteger(request.maxInvitationsInWindow) || request.maxInvitationsInWindow < 1) {
    throw DomainError.invalid('maxInvitationsInWindow', request.maxInvitationsInWindow, 'give a whole number of 1 or more.');
  }
  if (!request.interactionKind.trim()) {
    throw DomainError.invalid('interactionKind', request.interactionKind, 'give the interaction kind, such as EVENT.');
  }
}

/**
 * Ranks the members of an ecosystem for a planned campaign by expected
 * points. Members who withdrew contact consent, or who were invited at
 * least `maxInvitationsInWindow` times in the window, are left out and
 * listed with the reason.
 */
export class TargetingService {
  constructor(private readonly runtime: ServiceRuntime) {}

  async targets(request: TargetingRequest): Promise<TargetingResult> {
    validate(request);
    const em = this.runtime.em();
    const members = ecosystemMembers(request.organizationId, request.ecosystemId);
    const config = await loadPointsConfig(em, request.organizationId);
    const outcomes = await campaignOutcomes(em, request.organizationId, { cutoff: null, excludeCampaignId: null }, weightsOf(config));
    const priors = priorsFor(outcomes, request.ecosystemId, request.interactionKind);
    const histories = await participantHistories(em, request.organizationId, members, { cutoff: null, excludeCampaignId: null });
    const asOf = request.asOf ?? new Date();
    const rules = await eligibility(em, request.organizationId, members, asOf, request.frequencyWindowDays);

    const excluded: TargetExclusion[] = [];
    const ranked: Omit<TargetCandidate, 'rank'>[] = [];
    for (const history of histories) {
      const rule = rules.get(history.participantId)!;
      if (!rule.contact) {
        excluded.push({ participantId: history.participantId, reason: 'no_contact_consent', detail: 'Withdrew consent to be contacted.' });
        continue;
      }
      if (rule.recentInvitations >= request.maxInvitationsInWindow) {
        excluded.push({
          participantId: history.participantId,
          reason: 'invited_too_often',
          detail: `Invited ${rule.recentInvitations} times in the ${request.frequencyWindowDays} days before ${asOf.toISOString()}, last on ${rule.lastInvitedAt?.toISOString()}; the limit is ${request.maxInvitationsInWindow - 1}.`,
        });
        continue;
      }
      const expectation = expectInvitee(history, priors);
      ranked.push({
        participantId: history.participantId,
        expectedPoints: expectedPoints(expectation, config, priors),
        expectation,
        history,
        reasons: targetingReasons(history, expectation, priors),
      });
    }
    ranked.sort((a, b) => b.expectedPoints - a.expectedPoints || (a.participantId < b.participantId ? -1 : 1));
    const candidates: TargetCandidate[] = [];
    ranked.slice(0, request.first).forEach((candidate, index) => {
      const previous = candidates[index - 1];
      const rank = previous && previous.expectedPoints === candidate.expectedPoints ? previous.rank : index + 1;
      candidates.push({ ...candidate, rank });
    });

    return { priors, eligible: ranked.length, candidates, excluded };
  }
}
