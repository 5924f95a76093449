import type { ServiceRuntime } from '@alg/service-kit';

/**
 * Remembers the browsers an advocate used on their share page, as visitor
 * hashes. A later human click or conversion from such a browser on the
 * advocate's own links is theirs: `self` for clicks, a self-referral for
 * conversions. Hashes stop matching two days after they were made, when
 * their salt is deleted.
 */
export class AdvocateVisitorService {
  private readonly runtime: ServiceRuntime;

  constructor(runtime: ServiceRuntime) {
    this.runtime = runtime;
  }

  /** Records the visitor for the participant of a link code; returns false for an unknown code. */
  async recordSeen(code: string, visitorHash: string, seenAt = new Date()): Promise<boolean> {
    const rows = await this.runtime.em().execute<{ participant_id: string }[]>(
      `insert into advocate_visitor (participant_id, visitor_hash, organization_id, seen_at)
       select participant_id, ?, organization_id, ? from tracked_link where code = ?
       on conflict (participant_id, visitor_hash) do update set seen_at = excluded.seen_at
       returning participant_id`,
      [visitorHash, seenAt, code],
    );

    return rows.length > 0;
  }
}
