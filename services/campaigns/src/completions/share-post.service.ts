import { Inject, Injectable } from '@nestjs/common';
import { type Network, ServiceRuntime } from '@alg/service-kit';
import { Campaign } from '../campaigns/campaign.entity.js';
import { renderTemplate, shareIntentUrl, xLength, type PlaceholderValues } from '../campaigns/share-kit.js';
import { ShareTemplate } from '../campaigns/share-template.entity.js';
import type { CampaignsConfig } from '../config.js';
import { Interaction } from '../interactions/interaction.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Participant } from '../participants/participant.entity.js';
import { CAMPAIGNS_CONFIG } from '../tokens.js';
import type { Invitation } from './invitation.entity.js';
import type { SharePostModel } from './completion.model.js';

export interface RenderedInvitation {
  campaign: Campaign;
  participant: Participant;
  interaction: Interaction;
  organization: Organization;
  posts: SharePostModel[];
}

@Injectable()
export class SharePostService {
  constructor(
    @Inject(ServiceRuntime) private readonly runtime: ServiceRuntime,
    @Inject(CAMPAIGNS_CONFIG) private readonly config: CampaignsConfig,
  ) {}

  linkUrl(code: string): string {
    return new URL(`/r/${code}`, this.config.TRACKING_PUBLIC_URL).href;
  }

  shareUrl(invitation: Pick<Invitation, 'shareToken'>): string {
    return new URL(`/s/${invitation.shareToken}`, this.config.CAMPAIGNS_PUBLIC_URL).href;
  }

  cardUrl(invitation: Pick<Invitation, 'shareToken'>): string {
    return new URL(`/s/${invitation.shareToken}/card.png`, this.config.CAMPAIGNS_PUBLIC_URL).href;
  }

  async render(invitation: Invitation): Promise<SharePostModel[]> {
    return (await this.renderAll(invitation)).posts;
  }

  /** Renders the campaign's share kit for the invited participant: every variant of every network. */
  async renderAll(invitation: Invitation): Promise<RenderedInvitation> {
    const em = this.runtime.em();
    const [campaign, participant, templates, organization] = await Promise.all([
      em.findOneOrFail(Campaign, { id: invitation.campaignId }),
      em.findOneOrFail(Participant, { id: invitation.participantId }),
      em.find(ShareTemplate, { campaignId: invitation.campaignId }, { orderBy: { network: 'asc', position: 'asc' } }),
      em.findOneOrFail(Organization, { id: invitation.organizationId }),
    ]);
    const interaction = await em.findOneOrFail(Interaction, { id: campaign.interactionId });
    const posts = templates.flatMap((template) => {
      const code = invitation.linkCodes[template.network as Network];
      if (!code) return [];
      const link = this.linkUrl(code);
      const values: PlaceholderValues = {
        firstName: participant.firstName ?? '',
        lastName: participant.lastName ?? '',
        fullName: [participant.firstName, participant.lastName].filter(Boolean).join(' '),
        company: participant.company ?? '',
        title: participant.title ?? '',
        interactionName: interaction.name,
        campaignName: campaign.name,
        organizationName: organization.name,
        link,
      };
      const text = renderTemplate(template.template, values);
      const subject = template.subject ? renderTemplate(template.subject, values) : interaction.name;

      return [
        {
          network: template.network,
          position: template.position,
          text,
          subject: template.network === 'email' ? subject : null,
          link,
          intentUrl: shareIntentUrl(template.network, text, link, subject),
          characterCount: template.network === 'x' ? xLength(text, [link]) : [...text].length,
        },
      ];
    });

    return { campaign, participant, interaction, organization, posts };
  }
}
