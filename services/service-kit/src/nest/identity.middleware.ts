import type { NextFunction, Request, Response } from 'express';
import { type Identity, IDENTITY_HEADER, verifyIdentity } from '../identity/identity.js';

declare module 'express' {
  interface Request {
    identity?: Identity;
  }
}

/**
 * Rejects every GraphQL request that lacks a valid identity token from the
 * gateway. It runs before Apollo, so `_entities` and `_service` are covered.
 */
export function identityMiddleware(secret: string) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const header = req.headers[IDENTITY_HEADER];
    const identity = await verifyIdentity(Array.isArray(header) ? header[0] : header, secret);
    if (!identity) {
      res.status(401).json({
        errors: [
          {
            message: `Missing or invalid ${IDENTITY_HEADER} header: subgraphs accept requests only through the gateway.`,
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ],
      });
      return;
    }
    req.identity = identity;
    next();
  };
}
