import type { MikroORM } from '@alg/service-kit';

export interface ResolvedLink {
  code: string;
  organizationId: string;
  campaignId: string;
  participantId: string;
  network: string;
  campaignStatus: string;
  destinationUrl: string;
  fallbackUrl: string | null;
  allowedHosts: string[];
}

interface Entry {
  link: ResolvedLink | null;
  expiresAt: number;
}

/**
 * Link and campaign data for the redirect, cached for a few seconds so the
 * hot path rarely touches the database; a campaign that ends redirects to
 * its fallback within the TTL. Unknown codes are cached too (for a shorter
 * time), so guessing codes cannot flood the database.
 */
export class LinkCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly orm: MikroORM,
    private readonly ttlMs = 10_000,
    private readonly maxEntries = 200_000,
  ) {}

  async resolve(code: string): Promise<ResolvedLink | null> {
    const now = Date.now();
    const cached = this.entries.get(code);
    if (cached && cached.expiresAt > now) return cached.link;

    const link = await this.load(code);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.delete(code);
    this.entries.set(code, { link, expiresAt: now + (link ? this.ttlMs : this.ttlMs / 5) });

    return link;
  }

  private async load(code: string): Promise<ResolvedLink | null> {
    const rows = await this.orm.em.fork().execute<
      {
        code: string;
        organization_id: string;
        campaign_id: string;
        participant_id: string;
        network: string;
        status: string;
        destination_url: string;
        fallback_url: string | null;
        allowed_hosts: string[];
      }[]
    >(
      `select l.code, l.organization_id, l.campaign_id, l.participant_id, l.network,
              c.status, c.destination_url, c.fallback_url, c.allowed_hosts
         from tracked_link l join campaign_projection c on c.id = l.campaign_id
        where l.code = ?`,
      [code],
    );
    const row = rows[0];
    if (!row) return null;

    return {
      code: row.code,
      organizationId: row.organization_id,
      campaignId: row.campaign_id,
      participantId: row.participant_id,
      network: row.network,
      campaignStatus: row.status,
      destinationUrl: row.destination_url,
      fallbackUrl: row.fallback_url,
      allowedHosts: row.allowed_hosts,
    };
  }
}
