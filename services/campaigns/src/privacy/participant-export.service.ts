import { Inject, Injectable } from '@nestjs/common';
import { DomainError, emailHash, type EntityManager, ErrorCode, type Identity, networks, ServiceRuntime } from '@alg/service-kit';
import { Campaign } from '../campaigns/campaign.entity.js';
import { Completion } from '../completions/completion.entity.js';
import { Invitation } from '../completions/invitation.entity.js';
import { SharePostService } from '../completions/share-post.service.js';
import { Ecosystem } from '../ecosystems/ecosystem.entity.js';
import { ImportRow } from '../imports/import-row.entity.js';
import { ParticipantImport } from '../imports/participant-import.entity.js';
import { Interaction } from '../interactions/interaction.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { EcosystemMembership } from '../participants/ecosystem-membership.entity.js';
import { Participant } from '../participants/participant.entity.js';
import { Team } from '../teams/team.entity.js';
import {
  type ExportedCampaignModel,
  type ExportedConsentModel,
  type ExportedEcosystemMembershipModel,
  type ExportedImportRowModel,
  type ExportedInteractionModel,
  type ExportedProfileModel,
  PARTICIPANT_EXPORT_FORMAT_VERSION,
  type ParticipantExportModel,
} from './participant-export.model.js';

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));

function profileOf(participant: Participant): ExportedProfileModel {
  return {
    email: participant.email,
    firstName: participant.firstName ?? null,
    lastName: participant.lastName ?? null,
    company: participant.company ?? null,
    title: participant.title ?? null,
    profiles: networks.flatMap((network) => {
      const profile = participant.profiles?.[network];

      return profile ? [{ network, url: profile.url ?? null, size: profile.size ?? null }] : [];
    }),
    createdAt: participant.createdAt,
    updatedAt: participant.updatedAt,
  };
}

function consentsOf(participant: Participant): ExportedConsentModel[] {
  const changedAt = participant.consentChangedAt ?? null;

  return [
    { purpose: 'contact', granted: participant.consentContact, changedAt },
    { purpose: 'partner_sharing', granted: participant.consentPartnerSharing, changedAt },
  ];
}

/**
 * Builds the campaigns part of a participant's data export. Every read is
 * filtered by the caller's organization. An erased participant has nothing
 * left to export and is reported as not found.
 */
@Injectable()
export class ParticipantExportService {
  constructor(
    @Inject(ServiceRuntime) private readonly runtime: ServiceRuntime,
    @Inject(SharePostService) private readonly posts: SharePostService,
  ) {}

  async export(organizationId: string, participantId: string, identity: Identity): Promise<ParticipantExportModel> {
    const em = this.runtime.em();
    const participant = await em.findOne(Participant, { id: participantId, organizationId });
    if (!participant) throw DomainError.notFound('Participant', participantId);
    if (participant.erasedAt) {
      throw new DomainError(
        ErrorCode.notFound,
        `Participant ${JSON.stringify(participantId)} was erased; no personal data is left to export.`,
        { participantId },
      );
    }
    const document = await this.build(em, participant);
    this.runtime.logger.info(
      { organizationId, participantId, actor: identity.sub, actorKind: identity.kind },
      'participant data exported',
    );

    return document;
  }

  /** Returns the participant's export for an entity reference, or null for an erased or unknown one. */
  async find(organizationId: string, participantId: string): Promise<ParticipantExportModel | null> {
    const em = this.runtime.em();
    const participant = await em.findOne(Participant, { id: participantId, organizationId, erasedAt: null });

    return participant ? this.build(em, participant) : null;
  }

  private async build(em: EntityManager, participant: Participant): Promise<ParticipantExportModel> {
    const { id, organizationId } = participant;
    const organization = await em.findOneOrFail(Organization, { id: organizationId });
    const completions = await em.find(Completion, { participantId: id, organizationId }, { orderBy: { occurredAt: 'asc', id: 'asc' } });
    const invitations = await em.find(Invitation, { participantId: id, organizationId }, { orderBy: { invitedAt: 'asc', id: 'asc' } });
    const campaignIds = [...new Set([...completions, ...invitations].map((row) => row.campaignId))];
    const campaigns = await this.campaignsOf(em, organizationId, campaignIds);

    return {
      participantId: id,
      formatVersion: PARTICIPANT_EXPORT_FORMAT_VERSION,
      exportedAt: new Date(),
      organization: { id: organization.id, name: organization.name },
      emailHash: emailHash(participant.email),
      profile: profileOf(participant),
      consents: consentsOf(participant),
      lineage: {
        origin: participant.origin,
        sourceCampaignId: participant.sourceCampaignId ?? null,
        sourceAdvocateId: participant.sourceAdvocateId ?? null,
        sourceImportId: participant.sourceImportId ?? null,
      },
      ecosystemMemberships: await this.membershipsOf(em, organizationId, id),
      completions: completions.map((completion) => ({
        id: completion.id,
        campaignId: completion.campaignId,
        kind: completion.kind,
        source: completion.source,
        externalId: completion.externalId ?? null,
        occurredAt: completion.occurredAt,
        recordedAt: completion.recordedAt,
      })),
      invitations: invitations.map((invitation) => ({
        id: invitation.id,
        campaignId: invitation.campaignId,
        completionId: invitation.completionId,
        networks: networks.filter((network) => invitation.linkCodes[network]),
        shareUrl: this.posts.shareUrl(invitation),
        invitedAt: invitation.invitedAt,
      })),
      campaigns,
      interactions: await this.interactionsOf(em, organizationId, campaigns),
      importRows: await this.importRowsOf(em, organizationId, id),
    };
  }

  private async membershipsOf(em: EntityManager, organizationId: string, participantId: string): Promise<ExportedEcosystemMembershipModel[]> {
    const memberships = await em.find(EcosystemMembership, { participantId, organizationId }, { orderBy: { joinedAt: 'asc' } });
    if (memberships.length === 0) return [];
    const ecosystems = byId(await em.find(Ecosystem, { id: { $in: memberships.map((row) => row.ecosystemId) }, organizationId }));

    return memberships.flatMap((membership) => {
      const ecosystem = ecosystems.get(membership.ecosystemId);
      if (!ecosystem) return [];

      return [
        {
          ecosystemId: ecosystem.id,
          name: ecosystem.name,
          kind: ecosystem.kind,
          partnerName: ecosystem.partnerName ?? null,
          joinedAt: membership.joinedAt,
        },
      ];
    });
  }

  private async campaignsOf(em: EntityManager, organizationId: string, campaignIds: string[]): Promise<ExportedCampaignModel[]> {
    if (campaignIds.length === 0) return [];
    const campaigns = await em.find(Campaign, { id: { $in: campaignIds }, organizationId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    const teamIds = [...new Set(campaigns.flatMap((campaign) => (campaign.teamId ? [campaign.teamId] : [])))];
    const teams = teamIds.length > 0 ? byId(await em.find(Team, { id: { $in: teamIds }, organizationId })) : new Map<string, Team>();

    return campaigns.map((campaign) => ({
      id: campaign.id,
      name: campaign.name,
      outcome: campaign.outcome,
      status: campaign.status,
      interactionId: campaign.interactionId,
      teamId: campaign.teamId ?? null,
      teamName: campaign.teamId ? (teams.get(campaign.teamId)?.name ?? null) : null,
    }));
  }

  private async interactionsOf(
    em: EntityManager,
    organizationId: string,
    campaigns: ExportedCampaignModel[],
  ): Promise<ExportedInteractionModel[]> {
    const ids = [...new Set(campaigns.map((campaign) => campaign.interactionId))];
    if (ids.length === 0) return [];
    const interactions = await em.find(Interaction, { id: { $in: ids }, organizationId }, { orderBy: { createdAt: 'asc', id: 'asc' } });

    return interactions.map((interaction) => ({
      id: interaction.id,
      name: interaction.name,
      kind: interaction.kind,
      startsAt: interaction.startsAt ?? null,
      endsAt: interaction.endsAt ?? null,
    }));
  }

  /** Rows of the organization's imports that created or merged the participant. */
  private async importRowsOf(em: EntityManager, organizationId: string, participantId: string): Promise<ExportedImportRowModel[]> {
    const rows = await em.find(ImportRow, { participantId });
    if (rows.length === 0) return [];
    const imports = byId(await em.find(ParticipantImport, { id: { $in: [...new Set(rows.map((row) => row.importId))] }, organizationId }));

    return rows
      .flatMap((row) => {
        const job = imports.get(row.importId);

        return job ? [{ importId: job.id, fileName: job.fileName ?? null, line: row.line, outcome: row.outcome, importedAt: job.startedAt }] : [];
      })
      .sort((a, b) => a.importedAt.getTime() - b.importedAt.getTime() || a.line - b.line);
  }
}
