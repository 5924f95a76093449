import { type ClickClassification, type EntityManager, type Logger, topicOf } from '@alg/service-kit';

/** A click as the redirect queued it. */
export interface IncomingClick {
  clickId: string;
  code: string;
  visitorHash: string;
  previousVisitorHash: string | null;
  classification: 'human' | 'preview' | 'bot';
  receivedAt: string;
}

/** A click as it is stored; the link's organization, campaign, participant and network are joined in. */
interface ClickRow {
  id: string;
  linkCode: string;
  visitorHash: string;
  classification: ClickClassification;
  isUnique: boolean;
  clickedAt: string;
}

const UNIQUE_WINDOW_MS = 24 * 3_600_000;

const hashesOf = (click: IncomingClick) => (click.previousVisitorHash ? [click.visitorHash, click.previousVisitorHash] : [click.visitorHash]);

/**
 * Stores a batch of queued clicks in the caller's transaction, with four
 * set-based statements whatever the batch size. A human click becomes
 * `self` when its visitor (today's or yesterday's hash) was seen as the
 * link's advocate. A human click is unique when the same visitor made no
 * human click on the same link in the 24 hours before it, counting the
 * stored clicks and the earlier clicks of the batch. The stored clicks go
 * to the outbox as one `click.batch-recorded` event; a click id already
 * stored is skipped.
 */
export class ClickRecorder {
  private readonly eventSource: string;

  /** `eventSource` is the CloudEvents source of the service's outbox, such as /alg/tracking. */
  constructor(eventSource: string) {
    this.eventSource = eventSource;
  }

  /** Returns the number of clicks stored. */
  async record(em: EntityManager, clicks: IncomingClick[], log: Logger): Promise<number> {
    const advocates = await this.advocatesOf(em, clicks);
    const known = clicks.filter((click) => advocates.has(click.code));
    if (known.length < clicks.length) {
      log.warn({ unknown: clicks.length - known.length }, 'clicks for unknown link codes skipped');
    }
    if (known.length === 0) return 0;

    const selfVisitors = await this.selfVisitorsOf(em, known, advocates);
    const lastHuman = await this.lastHumanClicks(em, known);
    const sorted = [...known].sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt));
    const rows = sorted.map((click): ClickRow => {
      const own = hashesOf(click).some((hash) => selfVisitors.has(`${advocates.get(click.code)}|${hash}`));
      const classification: ClickClassification = click.classification === 'human' && own ? 'self' : click.classification;

      return {
        id: click.clickId,
        linkCode: click.code,
        visitorHash: click.visitorHash,
        classification,
        isUnique: classification === 'human' && this.firstWithinWindow(click, lastHuman),
        clickedAt: new Date(click.receivedAt).toISOString(),
      };
    });

    return this.insert(em, rows);
  }

  /** Checks that no earlier human click of this visitor on this link lies within 24 hours, and records this one. */
  private firstWithinWindow(click: IncomingClick, lastHuman: Map<string, number>): boolean {
    const at = Date.parse(click.receivedAt);
    const previous = Math.max(...hashesOf(click).map((hash) => lastHuman.get(`${click.code}|${hash}`) ?? -Infinity));
    const key = `${click.code}|${click.visitorHash}`;
    lastHuman.set(key, Math.max(at, lastHuman.get(key) ?? -Infinity));

    return at - previous >= UNIQUE_WINDOW_MS;
  }

  /** Participant id of each known link code of the batch. */
  private async advocatesOf(em: EntityManager, clicks: IncomingClick[]): Promise<Map<string, string>> {
    const codes = [...new Set(clicks.map((click) => click.code))];
    const rows = await em.execute<{ code: string; participant_id: string }[]>(
      `select code, participant_id from tracked_link where code in (?)`,
      [codes],
    );

    return new Map(rows.map((row) => [row.code, row.participant_id]));
  }

  private async selfVisitorsOf(em: EntityManager, clicks: IncomingClick[], advocates: Map<string, string>): Promise<Set<string>> {
    const humans = clicks.filter((click) => click.classification === 'human');
    if (humans.length === 0) return new Set();
    const hashes = [...new Set(humans.flatMap((click) => [click.visitorHash, click.previousVisitorHash]).filter(Boolean))];
    const participants = [...new Set(humans.map((click) => advocates.get(click.code)!))];
    const rows = await em.execute<{ participant_id: string; visitor_hash: string }[]>(
      `select participant_id, visitor_hash from advocate_visitor where participant_id in (?) and visitor_hash in (?)`,
      [participants, hashes],
    );

    return new Set(rows.map((row) => `${row.participant_id}|${row.visitor_hash}`));
  }

  /**
   * Time of the latest stored human click per `code|hash` within 24 hours
   * before the batch's last click. Each pair reads one index entry, newest
   * first, so a visitor with many clicks on one link costs no more than a
   * new one.
   */
  private async lastHumanClicks(em: EntityManager, clicks: IncomingClick[]): Promise<Map<string, number>> {
    const humans = clicks.filter((click) => click.classification === 'human');
    if (humans.length === 0) return new Map();
    const times = humans.map((click) => Date.parse(click.receivedAt));
    const pairs = new Map<string, { link_code: string; visitor_hash: string }>();
    for (const click of humans) {
      for (const hash of hashesOf(click)) pairs.set(`${click.code}|${hash}`, { link_code: click.code, visitor_hash: hash });
    }
    const rows = await em.execute<{ link_code: string; visitor_hash: string; last_at: Date }[]>(
      `select pair.link_code, pair.visitor_hash, latest.clicked_at as last_at
         from jsonb_to_recordset(?::jsonb) as pair(link_code text, visitor_hash text)
         cross join lateral (
           select clicked_at from click
            where link_code = pair.link_code and visitor_hash = pair.visitor_hash and classification = 'human'
              and clicked_at > ?::timestamptz and clicked_at <= ?::timestamptz
            order by clicked_at desc
            limit 1) latest`,
      [
        JSON.stringify([...pairs.values()]),
        new Date(Math.min(...times) - UNIQUE_WINDOW_MS).toISOString(),
        new Date(Math.max(...times)).toISOString(),
      ],
    );

    return new Map(rows.map((row) => [`${row.link_code}|${row.visitor_hash}`, new Date(row.last_at).getTime()]));
  }

  /**
   * Inserts the clicks and a `click.batch-recorded` event for those stored,
   * one per organization, into the outbox in one statement. The event is
   * built in SQL from the stored rows, in the CloudEvents form Outbox.add
   * writes (the integration specs check it against the catalogue), so a
   * batch of a thousand clicks costs one round trip, one outbox row and no
   * per-click work here. The link's organization, campaign, participant and
   * network come from the join. Returns the number of clicks stored; ids
   * already stored are skipped.
   */
  private async insert(em: EntityManager, rows: ClickRow[]): Promise<number> {
    const [result] = await em.execute<{ stored: string }[]>(
      `with incoming as (
         select * from jsonb_to_recordset(?::jsonb) as x(
           position integer, id text, link_code text, visitor_hash text, classification text,
           is_unique boolean, clicked_at timestamptz)
       ), stored as (
         insert into click
           (id, organization_id, campaign_id, participant_id, link_code, network, visitor_hash,
            classification, is_unique, clicked_at)
         select i.id, l.organization_id, l.campaign_id, l.participant_id, l.code, l.network, i.visitor_hash,
                i.classification, i.is_unique, i.clicked_at
           from incoming i join tracked_link l on l.code = i.link_code
          order by i.position
         on conflict (id) do nothing
         returning *
       ), batches as (
         select gen_random_uuid() as event_id, organization_id,
                jsonb_agg(jsonb_build_object(
                  'clickId', id,
                  'campaignId', campaign_id,
                  'participantId', participant_id,
                  'network', network,
                  'classification', classification,
                  'unique', is_unique,
                  'visitorHash', visitor_hash,
                  'clickedAt', to_char(clicked_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                  order by clicked_at, id) as clicks
           from stored
          group by organization_id
       ), events as (
         insert into outbox_message (id, topic, message_key, event, created_at)
         select event_id, ?, organization_id::text,
                jsonb_build_object(
                  'specversion', '1.0',
                  'id', event_id,
                  'source', ?::text,
                  'type', 'click.batch-recorded',
                  'time', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                  'datacontenttype', 'application/json',
                  'organizationid', organization_id,
                  'data', jsonb_build_object('clicks', clicks)),
                now()
           from batches
         returning 1
       )
       select count(*) as stored from stored`,
      [
        JSON.stringify(
          rows.map((row, position) => ({
            position,
            id: row.id,
            link_code: row.linkCode,
            visitor_hash: row.visitorHash,
            classification: row.classification,
            is_unique: row.isUnique,
            clicked_at: row.clickedAt,
          })),
        ),
        topicOf('click.batch-recorded'),
        this.eventSource,
      ],
    );

    return Number(result?.stored ?? 0);
  }
}
