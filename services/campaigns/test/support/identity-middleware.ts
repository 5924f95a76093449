import type { NextFunction, Request, Response } from 'express';
import { IDENTITY_HEADER, verifyIdentity } from '@alg/service-kit';

/**
 * Checks the identity token in front of /graphql as the kit's bootstrap
 * does, for tests that build the application themselves.
 */
export function identityMiddleware(secret: string) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const header = req.headers[IDENTITY_HEADER];
    const identity = await verifyIdentity(Array.isArray(header) ? header[0] : header, secret);
    if (!identity) {
      res.status(401).json({ errors: [{ message: 'Missing identity.', extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    (req as Request & { identity?: unknown }).identity = identity;
    next();
  };
}
