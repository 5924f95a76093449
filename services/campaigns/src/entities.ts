import { ApiKey } from './credentials/api-key.entity.js';
import { Campaign } from './campaigns/campaign.entity.js';
import { ShareTemplate } from './campaigns/share-template.entity.js';
import { Completion } from './completions/completion.entity.js';
import { Invitation } from './completions/invitation.entity.js';
import { Ecosystem } from './ecosystems/ecosystem.entity.js';
import { ParticipantImport } from './imports/participant-import.entity.js';
import { Interaction } from './interactions/interaction.entity.js';
import { Organization } from './organizations/organization.entity.js';
import { EcosystemMembership } from './participants/ecosystem-membership.entity.js';
import { Participant } from './participants/participant.entity.js';

export const campaignsEntities = [
  ApiKey,
  Campaign,
  Completion,
  Ecosystem,
  EcosystemMembership,
  Interaction,
  Invitation,
  Organization,
  Participant,
  ParticipantImport,
  ShareTemplate,
];
