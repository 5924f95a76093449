import { randomBase62 } from '@alg/service-kit';
import { ClickQueue } from './click-queue.js';
import { appendQueryParameters, hostOf } from './destination-url.js';
import type { LinkCache, ResolvedLink } from './link-cache.js';
import { classifyRequest, type RequestSignals } from './request-classifier.js';
import type { VisitorSalts } from './visitor-salt.js';

export interface RedirectRequest extends RequestSignals {
  code: string;
  clientAddress: string;
}

export type RedirectResult = { status: 302; location: string } | { status: 404 };

/** Query parameter carrying the attribution reference: `<link code>.<click id>`. */
export const REFERENCE_PARAMETER = 'alg_ref';

/**
 * Answers a tracked link: the target URL with UTM parameters and the
 * attribution reference. The click goes to the queue; nothing here waits
 * for it to be stored.
 */
export class RedirectService {
  constructor(
    private readonly links: LinkCache,
    private readonly salts: VisitorSalts,
    private readonly clicks: ClickQueue,
  ) {}

  async redirect(request: RedirectRequest): Promise<RedirectResult> {
    if (!/^[0-9A-Za-z]{8,32}$/.test(request.code)) return { status: 404 };
    const link = await this.links.resolve(request.code);
    if (!link) return { status: 404 };

    const clickId = randomBase62(16);
    const location = this.locationFor(link, clickId);
    const receivedAt = new Date();
    const classification = classifyRequest(request);
    const visitorHash = await this.salts.hash(request.clientAddress, request.userAgent ?? '', receivedAt);
    this.clicks.enqueue(link.organizationId, {
      clickId,
      code: link.code,
      visitorHash,
      classification,
      method: request.method === 'HEAD' ? 'HEAD' : 'GET',
      receivedAt: receivedAt.toISOString(),
    });

    return { status: 302, location };
  }

  /**
   * The campaign's destination, or its fallback once it has ended. The
   * fallback is used only when its host is the destination's or one of
   * the allowed hosts, so a link can never become an open redirect.
   */
  targetOf(link: ResolvedLink): string {
    if (link.campaignStatus === 'ended' && link.fallbackUrl) {
      const host = hostOf(link.fallbackUrl);
      const allowed = new Set([hostOf(link.destinationUrl), ...link.allowedHosts]);
      if (host && allowed.has(host)) return link.fallbackUrl;
    }

    return link.destinationUrl;
  }

  private locationFor(link: ResolvedLink, clickId: string): string {
    return appendQueryParameters(this.targetOf(link), [
      ['utm_source', link.network],
      ['utm_medium', 'advocacy'],
      ['utm_campaign', link.campaignId],
      ['utm_content', link.code],
      [REFERENCE_PARAMETER, `${link.code}.${clickId}`],
    ]);
  }
}
