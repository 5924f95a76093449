import express, { type Request, type Response, Router } from 'express';
import type { Logger } from '@alg/service-kit';
import type { Authenticator, SignInResult } from '../authenticator.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import type { OidcVerifier } from './oidc-verifier.js';
import type { SessionTokens } from './session-tokens.js';

function text(value: unknown, max = 1_000): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= max ? value : null;
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
  logger: Logger;
}): Router {
  const router = Router();
  const limiter = new LoginRateLimiter();
  router.use(express.json({ limit: '16kb' }));

  const answer = async (res: Response, result: SignInResult) => {
    if (!result.identity) {
      res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: 'Sign-in failed: check the credentials and the organization.' } });
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

  const limited = (req: Request, res: Response, account: string | null): boolean => {
    const keys = [`ip:${req.ip}`, ...(account ? [`account:${account.toLowerCase()}`] : [])];
    const wait = limiter.attempt(keys);
    if (wait === 0) return false;
    res.setHeader('Retry-After', String(wait));
    res.status(429).json({ error: { code: 'RATE_LIMITED', message: `Too many sign-in attempts; retry in ${wait} s.` } });

    return true;
  };

  router.post('/login', async (req, res) => {
    const email = text(req.body?.email, 254);
    const password = text(req.body?.password, 256);
    if (limited(req, res, email)) return;
    if (!email || !password) {
      res.status(400).json({ error: { code: 'BAD_USER_INPUT', message: 'Send JSON with "email" and "password".' } });
      return;
    }
    try {
      await answer(res, await options.authenticator.signIn(email, password, text(req.body?.organization, 63)));
    } catch (err) {
      options.logger.error({ err }, 'sign-in failed');
      res.status(503).json({ error: { code: 'SERVICE_UNAVAILABLE', message: 'Sign-in is unavailable; retry shortly.' } });
    }
  });

  router.post('/sso', async (req, res) => {
    if (limited(req, res, null)) return;
    if (!options.oidc) {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Single sign-on is not configured (OIDC_ISSUER is empty).' } });
      return;
    }
    const idToken = text(req.body?.idToken, 10_000);
    if (!idToken) {
      res.status(400).json({ error: { code: 'BAD_USER_INPUT', message: 'Send JSON with "idToken".' } });
      return;
    }
    const claims = await options.oidc.verify(idToken);
    if (!claims) {
      res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: 'The ID token is invalid, expired or from another issuer.' } });
      return;
    }
    try {
      await answer(res, await options.authenticator.singleSignOn(claims, text(req.body?.organization, 63)));
    } catch (err) {
      options.logger.error({ err }, 'single sign-on failed');
      res.status(503).json({ error: { code: 'SERVICE_UNAVAILABLE', message: 'Sign-in is unavailable; retry shortly.' } });
    }
  });

  return router;
}
