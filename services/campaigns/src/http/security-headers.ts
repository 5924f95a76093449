import type { RequestHandler } from 'express';

/**
 * Headers of every public response: no MIME sniffing, no framing, and a
 * Content-Security-Policy that loads nothing. The HTML pages replace the
 * policy with one that allows their own script, styles and images.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'interest-cohort=(), browsing-topics=()',
};

/** Adds HSTS when the public URL is https; a plain-http development server must not send it. */
export function securityHeadersFor(publicUrl: string): Record<string, string> {
  return publicUrl.startsWith('https:')
    ? { ...SECURITY_HEADERS, 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' }
    : SECURITY_HEADERS;
}

/** Sets the security headers for `publicUrl` before the route runs, so error and 429 responses carry them too. */
export function securityHeaders(publicUrl: string): RequestHandler {
  const headers = securityHeadersFor(publicUrl);

  return (_req, res, next) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    next();
  };
}
