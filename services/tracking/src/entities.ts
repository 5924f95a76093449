import { CampaignProjection } from './campaigns/campaign-projection.entity.js';
import { Click } from './clicks/click.entity.js';
import { Conversion } from './conversions/conversion.entity.js';
import { WebhookSecret } from './conversions/webhook-secret.entity.js';
import { InvitationRecord } from './links/invitation-record.entity.js';
import { TrackedLink } from './links/tracked-link.entity.js';
import { Share } from './shares/share.entity.js';

export const trackingEntities = [CampaignProjection, Click, Conversion, InvitationRecord, Share, TrackedLink, WebhookSecret];
