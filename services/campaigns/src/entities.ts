import { Booth } from './booths/booth.entity.js';
import { AuditEntry } from './audit/audit-entry.entity.js';
import { Account } from './credentials/account.entity.js';
import { ApiKey } from './credentials/api-key.entity.js';
import { OrganizationMember } from './credentials/organization-member.entity.js';
import { SsoIdentity } from './credentials/sso-identity.entity.js';
import { Campaign } from './campaigns/campaign.entity.js';
import { ShareTemplate } from './campaigns/share-template.entity.js';
import { Completion } from './completions/completion.entity.js';
import { Invitation } from './completions/invitation.entity.js';
import { Ecosystem } from './ecosystems/ecosystem.entity.js';
import { ImportRow } from './imports/import-row.entity.js';
import { ParticipantImport } from './imports/participant-import.entity.js';
import { Interaction } from './interactions/interaction.entity.js';
import { Organization } from './organizations/organization.entity.js';
import { EcosystemMembership } from './participants/ecosystem-membership.entity.js';
import { Participant } from './participants/participant.entity.js';
import { Team } from './teams/team.entity.js';
import { WebhookEndpoint } from './webhooks/webhook-endpoint.entity.js';

export const campaignsEntities = [
  Account,
  ApiKey,
  AuditEntry,
  OrganizationMember,
  SsoIdentity,
  Booth,
  Campaign,
  Completion,
  Ecosystem,
  EcosystemMembership,
  ImportRow,
  Interaction,
  Invitation,
  Organization,
  Participant,
  ParticipantImport,
  ShareTemplate,
  Team,
  WebhookEndpoint,
];
