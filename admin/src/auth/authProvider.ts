import type { AuthProvider, UserIdentity } from 'react-admin';
import { executeGraphQL, GatewayError } from '../graphql/client';
import { ORGANIZATION_QUERY } from '../dataProvider/queries';
import { API_KEY_PATTERN, clearSession, readSession, type SessionOrganization, writeSession } from './session';

/** Credentials that the login form passes to `login`. */
export interface ApiKeyCredentials {
  apiKey: string;
}

/** Error whose message is a translation key, which react-admin translates when it notifies. */
export class TranslatableError extends Error {
  constructor(readonly translationKey: string) {
    super(translationKey);
    this.name = 'TranslatableError';
  }
}

function isCredentials(value: unknown): value is ApiKeyCredentials {
  return typeof value === 'object' && value !== null && typeof (value as { apiKey?: unknown }).apiKey === 'string';
}

/** Tells whether a data provider error means that the gateway rejected the API key. */
export function isAuthenticationError(error: unknown): boolean {
  return error instanceof GatewayError && (error.code === 'UNAUTHENTICATED' || error.status === 401);
}

/**
 * Builds the authProvider. An API key is the only credential: `login`
 * checks it by reading the caller's organization, and the key and the
 * organization are kept in localStorage until `logout`.
 */
export function createAuthProvider(options: { onSessionChange: () => void }): AuthProvider {
  return {
    async login(params: unknown) {
      const apiKey = isCredentials(params) ? params.apiKey.trim() : '';
      if (!API_KEY_PATTERN.test(apiKey)) {
        throw new TranslatableError('alg.login.invalid_format');
      }
      const data = await executeGraphQL<{ organization: SessionOrganization }>({
        query: ORGANIZATION_QUERY,
        apiKey,
      });
      const { id, name, timeZone } = data.organization;
      writeSession({ apiKey, organization: { id, name, timeZone } });
      options.onSessionChange();
    },

    async logout() {
      clearSession();
      options.onSessionChange();
    },

    async checkAuth() {
      if (readSession() === null) {
        // A false message sends the visitor to the login page without a
        // "please sign in" notification, which would be noise on a first visit.
        throw { message: false };
      }
    },

    async checkError(error: unknown) {
      if (isAuthenticationError(error)) {
        // Rejecting makes react-admin log out and notify this message. The
        // session is cleared by `logout`, because react-admin notifies only
        // while checkAuth still passes.
        throw { message: (error as GatewayError).message };
      }
    },

    async getIdentity(): Promise<UserIdentity> {
      const session = readSession();
      if (session === null) {
        throw new TranslatableError('alg.login.signed_out');
      }
      return { id: session.organization.id, fullName: session.organization.name };
    },
  };
}
