import { Inject, Injectable } from '@nestjs/common';
import { type Network, ServiceRuntime } from '@alg/service-kit';
import { Campaign } from '../campaigns/campaign.entity.js';
import { renderTemplate, shareIntentUrl, xLength } from '../campaigns/share-kit.js';
import { ShareTemplate } from '../campaigns/share-template.entity.js';
import type { CampaignsConfig } from '../config.js';
import { Interaction } from '../interactions/interaction.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Participant } from '../participants/participant.entity.js';
import { CAMPAIGNS_CONFIG } from '../tokens.js';
import type { Invitation } from './invitation.entity.js';
import type { SharePostModel } from './completion.model.js';

@Injectable()
export class SharePostService {
  constructor(
    @Inject(ServiceRuntime) private readonly runtime: ServiceRuntime,
    @Inject(CAMPAIGNS_CONFIG) private readonly config: CampaignsConfig,
  ) {}

  linkUrl(code: string): string {
    return new URL(`/r/${code}`, this.config.TRACKING_PUBLIC_URL).href;
  }

  /** Renders the campaign's share kit for the invited participant, one post per network. */
  async render(invitation: Invitation): Promise<SharePostModel[]> {
    const em = this.runtime.em();
    const [campaign, participant, templates, organization] = await Promise.all([
      em.findOneOrFail(Campaign, { id: invitation.campaignId }),
      em.findOneOrFail(Participant, { id: invitation.participantId }),
      em.find(ShareTemplate, { campaignId: invitation.campaignId }, { orderBy: { network: 'asc' } }),
      em.findOneOrFail(Organization, { id: invitation.organizationId }),
    ]);
    const interaction = await em.findOneOrFail(Interaction, { id: campaign.interactionId });

    return templates.flatMap((template) => {
      const code = invitation.linkCodes[template.network as Network];
      if (!code) return [];
      const link = this.linkUrl(code);
      const fullName = [participant.firstName, participant.lastName].filter(Boolean).join(' ');
      const text = renderTemplate(template.template, {
        firstName: participant.firstName ?? '',
        lastName: participant.lastName ?? '',
        fullName,
        company: participant.company ?? '',
        interactionName: interaction.name,
        campaignName: campaign.name,
        organizationName: organization.name,
        link,
      });

      return [
        {
          network: template.network,
          text,
          link,
          intentUrl: shareIntentUrl(template.network, text, link, interaction.name),
          characterCount: template.network === 'x' ? xLength(text, [link]) : [...text].length,
        },
      ];
    });
  }
}
