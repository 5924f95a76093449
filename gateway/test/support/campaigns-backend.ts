/**
 * The campaigns service the gateway calls to verify API keys, passwords and
 * SSO claims, started in-process on the test database, with helpers that
 * create an organization and its credentials directly on it.
 */
import { type CampaignsApp, member, newOrganization, SECRET, startCampaigns } from '../../../services/campaigns/test/support/campaigns-app.js';

export { SECRET };
export type { CampaignsApp };

export async function startCampaignsBackend(): Promise<CampaignsApp> {
  return startCampaigns();
}

/** Environment that points a gateway at this campaigns service; tracking and scoring are left unreachable. */
export function gatewayEnvFor(campaigns: CampaignsApp): Record<string, string> {
  return {
    CAMPAIGNS_URL: `${campaigns.url}/graphql`,
    TRACKING_URL: 'http://127.0.0.1:9/graphql',
    SCORING_URL: 'http://127.0.0.1:9/graphql',
    INTERNAL_TOKEN_SECRET: SECRET,
  };
}

export interface TestOrganization {
  organizationId: string;
  slug: string;
  /** Creates an API key in the organization and returns its secret. */
  apiKey(name: string, options?: { role?: 'VIEWER' | 'EDITOR' | 'ADMIN'; partnerName?: string }): Promise<string>;
  /** Adds a console member; a password is only needed for /auth/login. */
  addMember(email: string, role: 'VIEWER' | 'EDITOR' | 'ADMIN', password?: string): Promise<void>;
}

export async function createOrganization(campaigns: CampaignsApp, name = 'Gateway Test Org'): Promise<TestOrganization> {
  const { organizationId, api } = await newOrganization(campaigns, name);
  const { organization } = await api.request<{ organization: { slug: string } }>('{ organization { slug } }');
  const admin = member(campaigns.url, organizationId, 'admin');

  return {
    organizationId,
    slug: organization.slug,
    apiKey: async (keyName, options = {}) => {
      const { createApiKey } = await admin.request<{ createApiKey: { secret: string } }>(
        'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
        { input: { name: keyName, role: options.role ?? 'EDITOR', ...(options.partnerName ? { partnerName: options.partnerName } : {}) } },
      );

      return createApiKey.secret;
    },
    addMember: async (email, role, password) => {
      await admin.request('mutation($input: AddMemberInput!) { addMember(input: $input) { accountId } }', {
        input: { email, displayName: email.split('@')[0], role, ...(password ? { password } : {}) },
      });
    },
  };
}
