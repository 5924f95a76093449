import { type EventHandlers, type Outbox, PermanentEventError } from '@alg/service-kit';
import { TrackedLink } from '../links/tracked-link.entity.js';

const UNIQUE_WINDOW_HOURS = 24;

/**
 * Stores the clicks the redirect queued. A human click is unique when the
 * same visitor made no human click on the same link in the previous 24
 * hours. A click from a visitor that the advocate was seen as (their own
 * share page) is classified `self` and never credited.
 */
export function clickIntakeHandlers(outbox: Outbox): EventHandlers {
  return {
    'click.received': async (em, event) => {
      const click = event.data;
      const link = await em.findOne(TrackedLink, { code: click.code });
      if (!link) throw new PermanentEventError(`tracked link ${click.code} does not exist`);

      let classification: 'human' | 'preview' | 'bot' | 'self' = click.classification;
      if (classification === 'human') {
        const own = await em.execute<{ found: number }[]>(
          `select 1 as found from advocate_visitor where participant_id = ? and visitor_hash = ? limit 1`,
          [link.participantId, click.visitorHash],
        );
        if (own.length > 0) classification = 'self';
      }
      let unique = false;
      if (classification === 'human') {
        const earlier = await em.execute<{ found: number }[]>(
          `select 1 as found from click
            where link_code = ? and visitor_hash = ? and classification = 'human'
              and clicked_at > ?::timestamptz - make_interval(hours => ?) and clicked_at <= ?::timestamptz
            limit 1`,
          [link.code, click.visitorHash, click.receivedAt, UNIQUE_WINDOW_HOURS, click.receivedAt],
        );
        unique = earlier.length === 0;
      }

      const inserted = await em.execute<{ id: string }[]>(
        `insert into click
           (id, organization_id, campaign_id, participant_id, link_code, network, visitor_hash,
            classification, is_unique, clicked_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id`,
        [
          click.clickId,
          link.organizationId,
          link.campaignId,
          link.participantId,
          link.code,
          link.network,
          click.visitorHash,
          classification,
          unique,
          click.receivedAt,
        ],
      );
      if (inserted.length === 0) return;
      outbox.add(em, {
        type: 'click.recorded',
        organizationId: link.organizationId,
        key: link.participantId,
        subject: click.clickId,
        data: {
          clickId: click.clickId,
          campaignId: link.campaignId,
          participantId: link.participantId,
          network: link.network,
          classification,
          unique,
          visitorHash: click.visitorHash,
          clickedAt: click.receivedAt,
        },
      });
    },
  };
}
