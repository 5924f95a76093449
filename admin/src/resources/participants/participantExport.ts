// The query behind the console's "Export data (JSON)" button and the name of
// the downloaded file. The query selects every field of the export, so the
// file contains the whole document that the three services return.

export const PARTICIPANT_EXPORT_QUERY = `query ParticipantExport($id: ID!) {
  participantExport(id: $id) {
    participantId
    formatVersion
    exportedAt
    organization { id name }
    emailHash
    profile { email firstName lastName company title profiles { network url size } createdAt updatedAt }
    consents { purpose granted changedAt }
    lineage { origin sourceCampaignId sourceAdvocateId sourceImportId }
    ecosystemMemberships { ecosystemId name kind partnerName joinedAt }
    completions { id campaignId kind source externalId occurredAt recordedAt }
    invitations { id campaignId completionId networks shareUrl invitedAt }
    campaigns { id name outcome status interactionId teamId teamName }
    interactions { id name kind startsAt endsAt }
    importRows { importId fileName line outcome importedAt }
    tracking {
      trackedLinks { code network url campaignId invitationId networkSize createdAt }
      shares { id campaignId invitationId network networkSize source sharedAt }
      clicks { linkCode campaignId network humanClicks uniqueClicks selfClicks previews bots firstClickedAt lastClickedAt }
      conversionsCredited { id campaignId kind value currency credited selfReferral withinWindow channel lastTouchCode convertedAt }
      conversionsMade { id campaignId kind value currency credited selfReferral withinWindow channel lastTouchCode convertedAt }
      browsersSeen { visitorHash seenAt }
    }
    scoring {
      score {
        points score rank scoreRank shares uniqueClicks conversions campaigns ecosystems activeMonths potentialReach pointsReachedAt referenceTime
        components { component value organizationMax normalized weight contribution description }
        level { level name minPoints nextLevelName nextLevelMinPoints pointsToNext }
        badges { code name description earnedAt periodStart }
        ignored { previews bots selfClicks repeatClicks burstClicks selfReferrals uncreditedConversions }
      }
      campaignScores { campaignId points shares networks potentialReach uniqueClicks conversions pointsReachedAt }
      shareCredits { campaignId network shares networkSize firstSharedAt }
      clickCredits { campaignId visitors clicks firstClickedAt }
      ignoredClicks { campaignId reason clicks }
      conversionCredits { conversionId campaignId kind value credited selfReferral convertedAt }
      conversionsMade { conversionId campaignId kind value credited selfReferral convertedAt }
    }
  }
}`;

/** The export document as the gateway returns it; the file keeps it unchanged. */
export interface ParticipantExportDocument {
  participantId: string;
  formatVersion: number;
  exportedAt: string;
  [section: string]: unknown;
}

/** File name of a download: the participant id and the export's UTC date and time, safe on every file system. */
export function exportFileName(document: Pick<ParticipantExportDocument, 'participantId' | 'exportedAt'>): string {
  const stamp = document.exportedAt.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');

  return `participant-${document.participantId}-${stamp}.json`;
}
