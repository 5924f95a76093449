import express, { type Request, type Response, Router } from 'express';
import { clientAddressKey, type Logger, requestString } from '@alg/service-kit';
import type { Authenticator, SignInResult } from '../authenticator.js';
import { requestErrorHandler } from '../errors/request-body-errors.js';
import { restErrorResponder } from './authenticate-request.js';
import type { LoginRateLimiter } from './login-rate-limiter.js';
import { type OidcClaims, OidcTokenError, type OidcVerifier } from './oidc-verifier.js';
import type { SessionTokens } from './session-tokens.js';
import { UsedTokens } from './used-tokens.js';

const MAX_VERIFIER_LENGTH = 512;

const replayedToken = () =>
  new OidcTokenError('replayed', 'This ID token was already exchanged for a session; sign in with the identity provider again.');

/** Explains why valid ID token claims matched no member, naming the missing claim when there is one. */
function unlinkedMessage(claims: OidcClaims): string {
  const unlinked = 'Sign-in failed: no console account is linked to this ID token';
  if (!claims.email) {
    return `${unlinked}, and it has no email claim to link one by. Request the email scope from the identity provider.`;
  }
  if (!claims.emailVerified) {
    return `${unlinked}, and its e-mail is not verified (email_verified is not true), so it cannot be linked to an account.`;
  }

  return "Sign-in failed: no console account with the ID token's e-mail is a member of the organization; an admin adds members with addMember.";
}

/**
 * Console sign-in: POST /auth/login with e-mail and password, or POST
 * /auth/sso with an OIDC ID token. Both return a session token to send as
 * `Authorization: Bearer <token>`, with the organizations the user belongs
 * to; `organization` (a slug) picks one when there are several.
 */
export function authRoutes(options: {
  authenticator: Authenticator;
  sessions: SessionTokens;
  oidc: OidcVerifier | null;
  limiter: LoginRateLimiter;
  logger: Logger;
}): Router {
  const router = Router();
  const { limiter } = options;
  const usedTokens = new UsedTokens();
  router.use(express.json({ limit: '16kb' }));

  const answer = async (res: Response, result: SignInResult, failure = 'Sign-in failed: check the credentials and the organization.') => {
    if (!result.identity) {
      res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: failure } });
      return;
    }
    const session = await options.sessions.issue(result.identity);
    const current = result.memberships.find((membership) => membership.organizationId === result.identity!.org);
    res.json({
      token: session.token,
      expiresAt: session.expiresAt.toISOString(),
      role: result.identity.role,
      organization: current ?? null,
      memberships: result.memberships,
    });
  };

  const rejectToken = (res: Response, err: OidcTokenError) => {
    options.logger.info({ reason: err.reason }, 'ID token rejected');
    res.status(401).json({ error: { code: 'UNAUTHENTICATED', reason: err.reason, message: err.message } });
  };

  const limited = async (req: Request, res: Response, account: string | null): Promise<boolean> => {
    const rejected = await limiter.attempt(clientAddressKey(req.ip), account);
    if (!rejected) return false;
    res.setHeader('Retry-After', String(rejected.resetSeconds));
    res.status(429).json({ error: { code: 'RATE_LIMITED', message: rejected.message, retryAfterSeconds: rejected.resetSeconds } });

    return true;
  };

  router.post('/login', async (req, res) => {
    const email = requestString(req.body?.email, 254);
    const password = requestString(req.body?.password, 256);
    if (await limited(req, res, email)) return;
    if (!email || !password) {
      res.status(400).json({ error: { code: 'BAD_USER_INPUT', message: 'Send JSON with "email" and "password".' } });
      return;
    }
    try {
      await answer(res, await options.authenticator.signIn(email, password, requestString(req.body?.organization, 63)));
    } catch (err) {
      options.logger.error({ err }, 'sign-in failed');
      res.status(503).json({ error: { code: 'SERVICE_UNAVAILABLE', message: 'Sign-in is unavailable; retry shortly.' } });
    }
  });

  // Each ID token is exchanged once. With OIDC_REQUIRE_NONCE (the default) the caller also presents
  // the nonce verifier that only the client that started the sign-in holds.
  router.post('/sso', async (req, res) => {
    if (await limited(req, res, null)) return;
    if (!options.oidc) {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Single sign-on is not configured (OIDC_ISSUER is empty).' } });
      return;
    }
    const idToken = requestString(req.body?.idToken, 10_000);
    if (!idToken) {
      res.status(400).json({ error: { code: 'BAD_USER_INPUT', message: 'Send JSON with "idToken".' } });
      return;
    }
    const verifierField: unknown = req.body?.nonceVerifier;
    if (verifierField !== undefined && verifierField !== null && (typeof verifierField !== 'string' || verifierField.length > MAX_VERIFIER_LENGTH)) {
      res.status(400).json({
        error: { code: 'BAD_USER_INPUT', message: `Invalid "nonceVerifier": send the verifier as a string of at most ${MAX_VERIFIER_LENGTH} characters.` },
      });
      return;
    }
    let claims: OidcClaims;
    try {
      claims = await options.oidc.verify(idToken, typeof verifierField === 'string' && verifierField !== '' ? verifierField : null);
      if (usedTokens.has(claims.tokenKey)) throw replayedToken();
    } catch (err) {
      if (err instanceof OidcTokenError) {
        rejectToken(res, err);
        return;
      }
      options.logger.error({ err }, 'ID token could not be verified');
      res.status(503).json({
        error: { code: 'SERVICE_UNAVAILABLE', message: "Single sign-on is unavailable: the identity provider's keys could not be read; retry shortly." },
      });
      return;
    }
    // The token is used up only by a session, so a failed attempt (a wrong organization, say) can be retried.
    let claimed = false;
    try {
      const result = await options.authenticator.singleSignOn(claims, requestString(req.body?.organization, 63));
      if (result.identity) {
        claimed = usedTokens.claim(claims.tokenKey, claims.acceptedUntilMs);
        if (!claimed) {
          rejectToken(res, replayedToken());
          return;
        }
      }
      await answer(res, result, unlinkedMessage(claims));
    } catch (err) {
      if (claimed) usedTokens.release(claims.tokenKey);
      options.logger.error({ err }, 'single sign-on failed');
      res.status(503).json({ error: { code: 'SERVICE_UNAVAILABLE', message: 'Sign-in is unavailable; retry shortly.' } });
    }
  });

  // Body-parser errors (invalid JSON, a body over 16 KiB) get the routes' JSON error shape.
  router.use(requestErrorHandler({ respond: restErrorResponder, limit: '16 KiB', logger: options.logger }));

  return router;
}
