import type { TrackedLink } from './tracked-link.entity.js';

/** Builds public URLs of the redirect server from its base URL. */
export class LinkUrls {
  private readonly publicBaseUrl: string;

  constructor(publicBaseUrl: string) {
    this.publicBaseUrl = publicBaseUrl;
  }

  url(code: string): string {
    return new URL(`/r/${code}`, this.publicBaseUrl).href;
  }

  webhookUrl(organizationId: string): string {
    return new URL(`/v1/webhooks/${organizationId}/conversions`, this.publicBaseUrl).href;
  }

  model(link: TrackedLink) {
    return {
      code: link.code,
      network: link.network,
      url: this.url(link.code),
      campaignId: link.campaignId,
      participantId: link.participantId,
      networkSize: link.networkSize ?? null,
    };
  }
}
