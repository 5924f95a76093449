import { Inject, Injectable } from '@nestjs/common';
import { type Network, ServiceRuntime } from '@alg/service-kit';
import { Invitation } from '../completions/invitation.entity.js';
import { type RenderedInvitation, SharePostService } from '../completions/share-post.service.js';
import type { CampaignsConfig } from '../config.js';
import { CAMPAIGNS_CONFIG } from '../tokens.js';
import { type CardContent, cardTag, renderCard } from './card-renderer.js';

export interface ShareView extends RenderedInvitation {
  invitation: Invitation;
  shareUrl: string;
  cardUrl: string;
  trackingOrigin: string;
  networkSizes: Partial<Record<Network, number>>;
}

export interface RenderedCard {
  tag: string;
  png: Buffer;
}

const CARD_CACHE_SIZE = 200;

/** Headline of the card by the interaction's kind. */
const headlines: Record<string, string> = {
  event: 'I attended',
  product_launch: 'I was at the launch of',
  community_meetup: 'I joined',
  certification_or_course: 'I completed',
  internal_program: 'I took part in',
  always_on: 'I took part in',
};

/** The data behind a public share page and its card, found by the invitation's share token. */
@Injectable()
export class SharePageService {
  private readonly cards = new Map<string, Buffer>();

  constructor(
    @Inject(ServiceRuntime) private readonly runtime: ServiceRuntime,
    @Inject(SharePostService) private readonly posts: SharePostService,
    @Inject(CAMPAIGNS_CONFIG) private readonly config: CampaignsConfig,
  ) {}

  async view(token: string): Promise<ShareView | null> {
    if (!/^[0-9A-Za-z]{22,32}$/.test(token)) return null;
    const invitation = await this.runtime.em().findOne(Invitation, { shareToken: token });
    if (!invitation) return null;
    const rendered = await this.posts.renderAll(invitation);
    if (rendered.participant.erasedAt) return null;
    const networkSizes: Partial<Record<Network, number>> = {};
    for (const [network, profile] of Object.entries(rendered.participant.profiles ?? {})) {
      if (typeof profile?.size === 'number') networkSizes[network as Network] = profile.size;
    }

    return {
      ...rendered,
      invitation,
      shareUrl: this.posts.shareUrl(invitation),
      cardUrl: this.posts.cardUrl(invitation),
      trackingOrigin: new URL(this.config.TRACKING_PUBLIC_URL).origin,
      networkSizes,
    };
  }

  cardContent(view: ShareView): CardContent {
    const { participant, interaction, organization } = view;
    const name = [participant.firstName, participant.lastName].filter(Boolean).join(' ');
    const date = interaction.startsAt
      ? new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: interaction.timeZone }).format(interaction.startsAt)
      : '';

    return {
      headline: headlines[interaction.kind] ?? 'I took part in',
      participantName: name || participant.email.split('@')[0]!,
      interactionName: interaction.name,
      organizationName: organization.name,
      dateLine: date,
    };
  }

  /** Renders the card, or returns it from a small in-memory cache keyed by its content tag. */
  async card(view: ShareView): Promise<RenderedCard> {
    const content = this.cardContent(view);
    const tag = cardTag(content);
    let png = this.cards.get(tag);
    if (!png) {
      png = await renderCard(content);
      if (this.cards.size >= CARD_CACHE_SIZE) this.cards.delete(this.cards.keys().next().value!);
      this.cards.set(tag, png);
    }

    return { tag, png };
  }
}
