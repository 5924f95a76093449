import type { ResourceDefinition } from '../definition';
import { apiKeysDefinition } from './apiKeys';
import { auditLogDefinition } from './auditLog';
import { boothsDefinition } from './booths';
import { campaignsDefinition } from './campaigns';
import { completionsDefinition } from './completions';
import { conversionWebhooksDefinition } from './conversionWebhooks';
import { ecosystemsDefinition } from './ecosystems';
import { importsDefinition } from './imports';
import { interactionsDefinition } from './interactions';
import { membersDefinition } from './members';
import { participantsDefinition } from './participants';
import { teamsDefinition } from './teams';
import { trackedLinksDefinition } from './trackedLinks';
import { completionWebhooksDefinition } from './completionWebhooks';

export const resourceDefinitions: Readonly<Record<string, ResourceDefinition>> = {
  campaigns: campaignsDefinition,
  ecosystems: ecosystemsDefinition,
  interactions: interactionsDefinition,
  participants: participantsDefinition,
  teams: teamsDefinition,
  imports: importsDefinition,
  completions: completionsDefinition,
  booths: boothsDefinition,
  'completion-webhooks': completionWebhooksDefinition,
  'conversion-webhooks': conversionWebhooksDefinition,
  'tracked-links': trackedLinksDefinition,
  'api-keys': apiKeysDefinition,
  members: membersDefinition,
  'audit-log': auditLogDefinition,
};

/** Returns the definition of a resource, throwing for a name the console does not know. */
export function definitionOf(resource: string): ResourceDefinition {
  const definition = resourceDefinitions[resource];
  if (definition === undefined) {
    throw new Error(`Unknown resource "${resource}": add its definition to dataProvider/definitions.`);
  }
  return definition;
}
