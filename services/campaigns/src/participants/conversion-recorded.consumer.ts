import { type EventHandlers } from '@alg/service-kit';
import { Campaign } from '../campaigns/campaign.entity.js';
import type { ParticipantService } from './participant.service.js';

/**
 * Turns the people who converted through a campaign into participants of
 * the organization, with the campaign and advocate they came through. They
 * join the campaign's registrant ecosystem, or its own ecosystem when none
 * is set, which is how one campaign's output feeds the next.
 */
export function conversionRecordedHandlers(participants: ParticipantService): EventHandlers {
  return {
    'conversion.recorded': async (em, event, log) => {
      const conversion = event.data;
      if (!conversion.email) return;
      const campaign = await em.findOne(Campaign, {
        id: conversion.campaignId,
        organizationId: event.organizationid,
      });
      if (!campaign) {
        log.warn({ campaignId: conversion.campaignId }, 'conversion for an unknown campaign; ignored');
        return;
      }
      const [firstName, ...rest] = (conversion.name ?? '').trim().split(/\s+/);
      const result = await participants.upsert(
        em,
        event.organizationid,
        { email: conversion.email, firstName: firstName || null, lastName: rest.join(' ') || null },
        [campaign.registrantEcosystemId ?? campaign.ecosystemId],
        { origin: 'conversion', sourceCampaignId: campaign.id, sourceAdvocateId: conversion.advocateId },
      );
      log.info(
        { participantId: result.participantId, created: result.created, campaignId: campaign.id },
        'converted person recorded as participant',
      );
    },
  };
}
