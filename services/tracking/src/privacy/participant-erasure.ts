import type { CloudEvent, EntityManager, EventPayload } from '@alg/service-kit';

/** Stands in for a removed SHA-256 value in columns that cannot be null. */
export const ERASED_HASH = '0'.repeat(64);

/** E-mail hashes of the participant: the event's, or for older events the one their links were made with. */
async function emailHashesOf(em: EntityManager, event: CloudEvent<EventPayload<'participant.erased'>>): Promise<string[]> {
  if (event.data.emailHash) return [event.data.emailHash];
  const rows = await em.execute<{ advocate_email_hash: string }[]>(
    `select distinct advocate_email_hash from tracked_link
      where participant_id = ? and organization_id = ? and advocate_email_hash <> ?`,
    [event.data.participantId, event.organizationid, ERASED_HASH],
  );

  return rows.map((row) => row.advocate_email_hash);
}

/** Replaces the e-mail hash in the person's conversions with a key of their own and returns the conversion ids. */
async function unlinkConversionsMade(em: EntityManager, organizationId: string, emailHashes: string[]): Promise<string[]> {
  if (emailHashes.length === 0) return [];
  const rows = await em.execute<{ id: string }[]>(
    `update conversion set person_key = 'erased:' || id, visitor_hash = null
      where organization_id = ? and person_key in (?) returning id`,
    [organizationId, emailHashes.map((hash) => `email:${hash}`)],
  );

  return rows.map((row) => row.id);
}

/**
 * Deletes published events keyed by the participant (their shares, clicks
 * and credited conversions), the click batches that hold a click on their
 * links, and the events of the conversions they made, which carry their
 * e-mail and name. Unpublished rows stay for the relay.
 */
async function deletePublishedEvents(em: EntityManager, participantId: string, conversionIds: string[]): Promise<void> {
  await em.execute(
    `delete from outbox_message where published_at is not null
        and (message_key = ?
             or (event->>'type' = 'click.batch-recorded'
                 and event->'data'->'clicks' @> jsonb_build_array(jsonb_build_object('participantId', ?::text)))
             or (event->>'type' = 'conversion.recorded' and event->>'subject' in (?)))`,
    [participantId, participantId, conversionIds.length > 0 ? conversionIds : ['']],
  );
}

/**
 * Removes an erased participant's personal data from tracking, inside the
 * consumer's transaction. That is the e-mail hash on their links, the
 * browsers seen as theirs and the visitor hashes of the clicks on their
 * links. In conversions they made, the person key becomes the conversion's
 * own id and the browser's hash goes. Published events about them leave
 * the outbox at once. Shares, clicks and conversions stay as records under
 * the participant id, so campaign figures do not change. Running it twice
 * changes nothing more.
 */
export async function eraseParticipant(em: EntityManager, event: CloudEvent<EventPayload<'participant.erased'>>): Promise<void> {
  const { participantId } = event.data;
  const organizationId = event.organizationid;
  const hashes = await emailHashesOf(em, event);

  await em.execute(`delete from advocate_visitor where participant_id = ? and organization_id = ?`, [participantId, organizationId]);
  await em.execute(`update tracked_link set advocate_email_hash = ? where participant_id = ? and organization_id = ?`, [
    ERASED_HASH,
    participantId,
    organizationId,
  ]);
  await em.execute(`update click set visitor_hash = ? where participant_id = ? and organization_id = ? and visitor_hash <> ?`, [
    ERASED_HASH,
    participantId,
    organizationId,
    ERASED_HASH,
  ]);

  const conversionIds = await unlinkConversionsMade(em, organizationId, hashes);
  await deletePublishedEvents(em, participantId, conversionIds);
}
