import type { TrackedLink } from './tracked-link.entity.js';

/** Builds the public URL of a tracked link from the redirect's base URL. */
export class LinkUrls {
  constructor(private readonly publicBaseUrl: string) {}

  url(code: string): string {
    return new URL(`/r/${code}`, this.publicBaseUrl).href;
  }

  model(link: TrackedLink) {
    return {
      code: link.code,
      network: link.network,
      url: this.url(link.code),
      campaignId: link.campaignId,
      participantId: link.participantId,
    };
  }
}
