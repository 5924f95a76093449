import { mintClickId } from './click-id.js';
import type { ClickQueue } from './click-queue.js';
import { fillLocation } from './destination-url.js';
import type { LinkCache } from './link-cache.js';
import { classifyRequest, type RequestSignals } from './request-classifier.js';
import type { VisitorSalts } from './visitor-salt.js';

export interface RedirectRequest extends RequestSignals {
  code: string;
  clientAddress: string;
}

export type RedirectResult = { status: 302; location: string } | { status: 404 };

/** Link codes are minted as 10 base62 characters; anything outside 8 to 32 is never a link. */
export const LINK_CODE_PATTERN = /^[0-9A-Za-z]{8,32}$/;

/**
 * Redirects a tracked link to the target URL with UTM parameters and the
 * attribution reference `<code>.<click id>`. The click goes to the queue;
 * nothing here waits for it to be stored.
 */
export class RedirectService {
  private readonly links: LinkCache;
  private readonly salts: VisitorSalts;
  private readonly clicks: ClickQueue;

  constructor(links: LinkCache, salts: VisitorSalts, clicks: ClickQueue) {
    this.links = links;
    this.salts = salts;
    this.clicks = clicks;
  }

  async redirect(request: RedirectRequest): Promise<RedirectResult> {
    if (!LINK_CODE_PATTERN.test(request.code)) return { status: 404 };
    const now = Date.now();
    const cached = this.links.cached(request.code, now);
    const link = cached === undefined ? await this.links.resolve(request.code) : cached;
    if (!link) return { status: 404 };

    const clickId = mintClickId(now);
    const classification = classifyRequest(request);
    const human = classification === 'human';
    const userAgent = request.userAgent ?? '';
    const visitor =
      this.salts.hashesIfReady(request.clientAddress, userAgent, now, human) ??
      (await this.salts.hashes(request.clientAddress, userAgent, now, human));
    this.clicks.enqueue(link.organizationId, {
      clickId,
      code: link.code,
      visitorHash: visitor.current,
      previousVisitorHash: visitor.previous,
      classification,
      method: request.method === 'HEAD' ? 'HEAD' : 'GET',
      receivedAt: new Date(now).toISOString(),
    });

    return { status: 302, location: fillLocation(link.location, `${link.code}.${clickId}`) };
  }
}
