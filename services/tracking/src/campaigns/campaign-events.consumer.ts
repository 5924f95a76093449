import type { CloudEvent, EntityManager, EventHandlers, EventPayload } from '@alg/service-kit';
import { eraseParticipant } from '../privacy/participant-erasure.js';

const upsertCampaign = async (em: EntityManager, event: CloudEvent<EventPayload<'campaign.created'>>) => {
  const campaign = event.data;
  await em.execute(
    `insert into campaign_projection
       (id, organization_id, name, status, ecosystem_id, outcome, cost_minor, currency, activation_target,
        destination_url, allowed_hosts, fallback_url, attribution_window_days, time_zone, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)
     on conflict (id) do update set
       name = excluded.name, status = excluded.status, ecosystem_id = excluded.ecosystem_id,
       outcome = excluded.outcome, cost_minor = excluded.cost_minor, currency = excluded.currency,
       activation_target = excluded.activation_target, destination_url = excluded.destination_url,
       allowed_hosts = excluded.allowed_hosts, fallback_url = excluded.fallback_url,
       attribution_window_days = excluded.attribution_window_days, time_zone = excluded.time_zone,
       updated_at = excluded.updated_at
     where campaign_projection.updated_at <= excluded.updated_at`,
    [
      campaign.campaignId,
      event.organizationid,
      campaign.name,
      campaign.status,
      campaign.ecosystemId,
      campaign.outcome,
      campaign.costMinor,
      campaign.currency,
      campaign.activationTarget,
      campaign.destinationUrl,
      JSON.stringify(campaign.allowedHosts),
      campaign.fallbackUrl,
      campaign.attributionWindowDays,
      campaign.timeZone,
      event.time,
    ],
  );
};

/**
 * Keeps the campaign projection current and turns each invitation into
 * its tracked links and the invitation record counted as "invited". A
 * link keeps the participant's audience size on its network when the
 * invitation carried one. An erasure removes the participant's personal
 * data (privacy/participant-erasure.ts).
 */
export const campaignEventHandlers: EventHandlers = {
  'campaign.created': upsertCampaign,
  'campaign.updated': upsertCampaign,
  'campaign.launched': upsertCampaign,
  'campaign.ended': upsertCampaign,
  'participant.erased': eraseParticipant,
  'invitation.created': async (em, event) => {
    const invitation = event.data;
    await em.execute(
      `insert into invitation_record (id, organization_id, campaign_id, participant_id, invited_at)
       values (?, ?, ?, ?, ?) on conflict do nothing`,
      [invitation.invitationId, event.organizationid, invitation.campaignId, invitation.participantId, invitation.invitedAt],
    );
    for (const link of invitation.links) {
      await em.execute(
        `insert into tracked_link
           (code, organization_id, campaign_id, participant_id, invitation_id, network, advocate_email_hash,
            network_size, created_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing`,
        [
          link.code,
          event.organizationid,
          invitation.campaignId,
          invitation.participantId,
          invitation.invitationId,
          link.network,
          invitation.emailHash,
          link.networkSize ?? null,
          invitation.invitedAt,
        ],
      );
    }
  },
};
