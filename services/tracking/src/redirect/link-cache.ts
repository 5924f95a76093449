import type { Logger, MikroORM } from '@alg/service-kit';
import { locationTemplate, type LocationTemplate } from './destination-url.js';
import { chooseTarget } from './redirect-target.js';

/** Query parameter carrying the attribution reference: `<link code>.<click id>`. */
export const REFERENCE_PARAMETER = 'alg_ref';

export interface ResolvedLink {
  code: string;
  organizationId: string;
  campaignId: string;
  participantId: string;
  network: string;
  campaignStatus: string;
  /** The target with the UTM parameters, waiting for the reference of each click. */
  location: LocationTemplate;
}

interface Entry {
  link: ResolvedLink | null;
  expiresAt: number;
}

interface LinkRow {
  code: string;
  organization_id: string;
  campaign_id: string;
  participant_id: string;
  network: string;
  status: string;
  destination_url: string;
  fallback_url: string | null;
  allowed_hosts: string[];
}

/**
 * Link and campaign data for the redirect, cached for a few seconds so the
 * hot path rarely touches the database. A campaign that ends redirects to
 * its fallback within the TTL and one reload. Unknown codes are cached too (for a shorter
 * time), so guessing codes cannot flood the database. Concurrent misses on
 * one code share one query.
 */
export class LinkCache {
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<ResolvedLink | null>>();
  private readonly orm: MikroORM;
  private readonly logger: Logger;
  private readonly ttlMs: number;
  private readonly maxEntries: number;

  constructor(orm: MikroORM, logger: Logger, ttlMs = 10_000, maxEntries = 200_000) {
    this.orm = orm;
    this.logger = logger;
    this.ttlMs = ttlMs;
    this.maxEntries = maxEntries;
  }

  /**
   * Returns the cached link for a code, else undefined. A known link past
   * its TTL is still returned while a reload runs in the background, so no
   * redirect of a known link waits for the database; an unknown code past
   * its TTL returns undefined, and the caller resolves it.
   */
  cached(code: string, now = Date.now()): ResolvedLink | null | undefined {
    const entry = this.entries.get(code);
    if (!entry) return undefined;
    if (entry.expiresAt > now) return entry.link;
    if (!entry.link) return undefined;
    if (!this.loading.has(code)) {
      this.resolve(code).catch((err: unknown) => this.logger.warn({ err, code }, 'reloading a tracked link failed; serving the cached one'));
    }

    return entry.link;
  }

  resolve(code: string): Promise<ResolvedLink | null> {
    let pending = this.loading.get(code);
    if (!pending) {
      pending = this.load(code).finally(() => this.loading.delete(code));
      this.loading.set(code, pending);
    }

    return pending;
  }

  private async load(code: string): Promise<ResolvedLink | null> {
    const rows = await this.orm.em.fork().execute<LinkRow[]>(
      `select l.code, l.organization_id, l.campaign_id, l.participant_id, l.network,
              c.status, c.destination_url, c.fallback_url, c.allowed_hosts
         from tracked_link l join campaign_projection c on c.id = l.campaign_id
        where l.code = ?`,
      [code],
    );
    const link = rows[0] ? this.toLinkOrNull(rows[0]) : null;
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.delete(code);
    this.entries.set(code, { link, expiresAt: Date.now() + (link ? this.ttlMs : this.ttlMs / 5) });

    return link;
  }

  /** A campaign whose destination is not an http(s) URL has no usable links; they get 404. */
  private toLinkOrNull(row: LinkRow): ResolvedLink | null {
    try {
      return this.toLink(row);
    } catch (err) {
      this.logger.error({ err, campaignId: row.campaign_id }, 'campaign destination is not an http(s) URL');

      return null;
    }
  }

  private toLink(row: LinkRow): ResolvedLink {
    const target = chooseTarget({
      campaignStatus: row.status,
      destinationUrl: row.destination_url,
      fallbackUrl: row.fallback_url,
      allowedHosts: row.allowed_hosts,
    });
    if (target.reason === 'fallback-rejected') {
      this.logger.warn(
        { campaignId: row.campaign_id, rejectedHost: target.rejectedHost },
        'fallback host is not allowed; ended campaign links go to the destination',
      );
    }

    return {
      code: row.code,
      organizationId: row.organization_id,
      campaignId: row.campaign_id,
      participantId: row.participant_id,
      network: row.network,
      campaignStatus: row.status,
      location: locationTemplate(
        target.url,
        [
          ['utm_source', row.network],
          ['utm_medium', 'advocacy'],
          ['utm_campaign', row.campaign_id],
          ['utm_content', row.code],
        ],
        REFERENCE_PARAMETER,
      ),
    };
  }
}
