import { createHash, timingSafeEqual } from 'node:crypto';
import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';

export interface OidcClaims {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  /** Key under which the token's one exchange is recorded: issuer, subject and nonce, or a hash of a token without nonce. */
  tokenKey: string;
  /** Milliseconds since the epoch after which this verifier stops accepting the token: exp plus the clock tolerance. */
  acceptedUntilMs: number;
}

export interface OidcVerifierOptions {
  /** Allowed clock difference with the issuer for exp, nbf and iat, in seconds. */
  clockToleranceSeconds?: number;
  /** Minimum time between two JWKS fetches triggered by an unknown kid, in milliseconds. */
  jwksCooldownMs?: number;
  /** Age after which the cached JWKS is fetched again, in milliseconds. */
  jwksCacheMaxAgeMs?: number;
  /** Timeout of the discovery and JWKS requests, in milliseconds. */
  timeoutMs?: number;
  /** Whether to reject tokens that have no nonce, or whose nonce the caller's nonce verifier does not match. */
  requireNonce?: boolean;
}

/** Reason code of a rejected ID token, returned to the caller with the message. */
export type OidcRejection =
  | 'malformed'
  | 'algorithm'
  | 'unknown_key'
  | 'signature'
  | 'issuer'
  | 'audience'
  | 'authorized_party'
  | 'expired'
  | 'not_yet_valid'
  | 'missing_claim'
  | 'invalid_claim'
  | 'nonce'
  | 'replayed';

/** The ID token is invalid: the caller must get a new one. */
export class OidcTokenError extends Error {
  constructor(
    readonly reason: OidcRejection,
    message: string,
  ) {
    super(message);
    this.name = 'OidcTokenError';
  }
}

/** The issuer's discovery document or JWKS could not be fetched or read; retrying later may succeed. */
export class OidcUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OidcUnavailableError';
  }
}

export const ACCEPTED_ALGORITHMS = ['RS256', 'ES256', 'PS256', 'EdDSA'];

type KeySet = ReturnType<typeof createRemoteJWKSet>;

const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');
const MAX_DATE_MS = 8.64e15;
/** Shortest nonce verifier accepted: 43 characters, as PKCE requires of a code verifier. */
export const MIN_VERIFIER_LENGTH = 43;

/**
 * Identifies one ID token by its claims, never by its text: a JWS signature can be re-encoded
 * without changing what it verifies. The subject is part of the key, so a token of another
 * account that copies a nonce cannot use it up.
 */
function tokenKeyOf(issuer: string, payload: JWTPayload): string {
  if (typeof payload.nonce === 'string') return `nonce:${sha256(JSON.stringify([issuer, payload.sub, payload.nonce]))}`;

  return `claims:${sha256(JSON.stringify([issuer, payload.sub, payload.aud, payload.iat, payload.exp, payload.jti ?? null, payload.auth_time ?? null]))}`;
}

/** Quotes a value taken from a token for an error message, cut to a readable length. */
function quoted(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);

  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function isoTime(seconds: unknown): string {
  return typeof seconds === 'number' ? new Date(seconds * 1000).toISOString() : quoted(seconds);
}

/**
 * Verifies OIDC ID tokens for single sign-on: the signature against the
 * issuer's JWKS, then iss, aud, azp, exp, nbf and iat (OpenID Connect Core
 * 1.0, section 3.1.3.7). Without an explicit JWKS URL, the key set's address
 * is read from the issuer's /.well-known/openid-configuration, whose issuer
 * must be the configured one. jose caches the key set and fetches it again
 * when a token names an unknown kid, so a key added by rotation is picked up.
 */
export class OidcVerifier {
  private keys: Promise<KeySet> | null = null;
  private readonly clockTolerance: number;
  private readonly timeoutMs: number;

  constructor(
    private readonly issuer: string,
    private readonly audience: string,
    private readonly jwksUrl: string,
    private readonly options: OidcVerifierOptions = {},
  ) {
    if (!audience) throw new Error('OidcVerifier needs the client id (OIDC_AUDIENCE) that ID tokens must name in aud.');
    this.clockTolerance = options.clockToleranceSeconds ?? 30;
    this.timeoutMs = options.timeoutMs ?? 5_000;
  }

  /**
   * Returns the claims of a valid ID token; throws OidcTokenError or OidcUnavailableError. With a
   * nonce verifier, or when nonces are required, the token's nonce must be its SHA-256 in base64url.
   */
  async verify(idToken: string, nonceVerifier: string | null = null): Promise<OidcClaims> {
    const keys = await this.keySet();
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(idToken, keys, {
        issuer: this.issuer,
        audience: this.audience,
        algorithms: ACCEPTED_ALGORITHMS,
        requiredClaims: ['sub', 'exp', 'iat'],
        clockTolerance: this.clockTolerance,
      }));
    } catch (err) {
      throw this.rejection(err, idToken);
    }
    this.checkAuthorizedParty(payload);
    if (payload.email !== undefined && typeof payload.email !== 'string') {
      throw new OidcTokenError('invalid_claim', `The ID token's email claim ${quoted(payload.email)} is not a string.`);
    }
    if (nonceVerifier !== null || this.options.requireNonce) this.checkNonce(payload, nonceVerifier);

    return {
      issuer: this.issuer,
      subject: payload.sub!,
      email: payload.email ?? null,
      emailVerified: payload.email_verified === true,
      tokenKey: tokenKeyOf(this.issuer, payload),
      // An exp too far ahead for a Date is kept as the largest time a Date holds.
      acceptedUntilMs: Math.min((Math.ceil(payload.exp!) + this.clockTolerance) * 1000, MAX_DATE_MS),
    };
  }

  /**
   * Checks the nonce the way PKCE checks a code: the client keeps a random verifier, sends its
   * hash as the nonce of the authentication request, and presents the verifier here. A stolen ID
   * token carries only the hash, so it cannot be exchanged without the client's verifier.
   */
  private checkNonce(payload: JWTPayload, nonceVerifier: string | null): void {
    if (typeof payload.nonce !== 'string') {
      throw new OidcTokenError(
        'nonce',
        'The ID token has no nonce claim. Send nonce = base64url(SHA-256(verifier)) in the authentication request, and the verifier as "nonceVerifier".',
      );
    }
    if (nonceVerifier === null) {
      throw new OidcTokenError('nonce', 'Send "nonceVerifier": the value whose SHA-256, in base64url, is the nonce of the authentication request.');
    }
    if (nonceVerifier.length < MIN_VERIFIER_LENGTH) {
      throw new OidcTokenError('nonce', `The nonceVerifier has ${nonceVerifier.length} characters; use a random value of at least ${MIN_VERIFIER_LENGTH}, such as 32 random bytes in base64url.`);
    }
    const expected = Buffer.from(sha256(nonceVerifier));
    const actual = Buffer.from(payload.nonce);
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
      throw new OidcTokenError('nonce', "The nonceVerifier does not match the ID token's nonce; sign in with the identity provider again.");
    }
  }

  /** With several audiences, or with azp present, azp must be this client (OpenID Connect Core 1.0, 3.1.3.7 steps 4 and 5). */
  private checkAuthorizedParty(payload: JWTPayload): void {
    const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    if (payload.azp === undefined && audiences.length <= 1) return;
    if (payload.azp !== this.audience) {
      throw new OidcTokenError(
        'authorized_party',
        `The ID token's azp ${quoted(payload.azp)} is not this client ${quoted(this.audience)} (OIDC_AUDIENCE).`,
      );
    }
  }

  private keySet(): Promise<KeySet> {
    if (this.keys) return this.keys;
    const keys = this.resolveJwksUrl().then((url) =>
      createRemoteJWKSet(url, {
        timeoutDuration: this.timeoutMs,
        ...(this.options.jwksCooldownMs !== undefined ? { cooldownDuration: this.options.jwksCooldownMs } : {}),
        ...(this.options.jwksCacheMaxAgeMs !== undefined ? { cacheMaxAge: this.options.jwksCacheMaxAgeMs } : {}),
      }),
    );
    // A failed discovery is tried again by the next sign-in instead of being cached.
    keys.catch(() => {
      if (this.keys === keys) this.keys = null;
    });
    this.keys = keys;

    return keys;
  }

  private async resolveJwksUrl(): Promise<URL> {
    if (this.jwksUrl) return new URL(this.jwksUrl);
    const discoveryUrl = `${this.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    let document: { issuer?: unknown; jwks_uri?: unknown };
    try {
      const response = await fetch(discoveryUrl, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      document = (await response.json()) as typeof document;
    } catch (err) {
      throw new OidcUnavailableError(`The OIDC discovery document ${discoveryUrl} could not be read: ${(err as Error).message}.`, {
        cause: err,
      });
    }
    if (document.issuer !== this.issuer) {
      throw new OidcUnavailableError(
        `The OIDC discovery document ${discoveryUrl} names issuer ${quoted(document.issuer)}, not OIDC_ISSUER ${quoted(this.issuer)}; ` +
          'set OIDC_ISSUER to the exact issuer value.',
      );
    }
    try {
      return new URL(String(document.jwks_uri));
    } catch {
      throw new OidcUnavailableError(
        `The OIDC discovery document ${discoveryUrl} has no valid jwks_uri (${quoted(document.jwks_uri)}); set OIDC_JWKS_URL.`,
      );
    }
  }

  private rejection(err: unknown, idToken: string): Error {
    if (err instanceof errors.JWTExpired) {
      return new OidcTokenError('expired', `The ID token expired at ${isoTime(err.payload.exp)}; sign in with the identity provider again.`);
    }
    if (err instanceof errors.JWTClaimValidationFailed) return this.claimRejection(err);
    if (err instanceof errors.JOSEAlgNotAllowed) {
      return new OidcTokenError(
        'algorithm',
        `The ID token's alg ${quoted(this.headerOf(idToken)?.alg)} is not accepted; accepted algorithms: ${ACCEPTED_ALGORITHMS.join(', ')}.`,
      );
    }
    if (err instanceof errors.JWKSNoMatchingKey || err instanceof errors.JWKSMultipleMatchingKeys) {
      return new OidcTokenError('unknown_key', `The issuer's JWKS has no single key matching the ID token's kid ${quoted(this.headerOf(idToken)?.kid)}.`);
    }
    if (err instanceof errors.JWSSignatureVerificationFailed) {
      return new OidcTokenError('signature', "The ID token's signature does not match the issuer's key.");
    }
    if (err instanceof errors.JWSInvalid || err instanceof errors.JWTInvalid || err instanceof errors.JOSENotSupported) {
      return new OidcTokenError('malformed', `The ID token is not a valid signed JWT: ${err.message}.`);
    }

    return new OidcUnavailableError(`The issuer's JWKS could not be fetched or read: ${(err as Error).message}.`, { cause: err });
  }

  private claimRejection(err: InstanceType<typeof errors.JWTClaimValidationFailed>): OidcTokenError {
    if (err.reason === 'missing') return new OidcTokenError('missing_claim', `The ID token has no ${err.claim} claim, which OIDC requires.`);
    switch (err.claim) {
      case 'iss':
        return new OidcTokenError('issuer', `The ID token's issuer ${quoted(err.payload.iss)} is not OIDC_ISSUER ${quoted(this.issuer)}.`);
      case 'aud':
        return new OidcTokenError('audience', `The ID token's audience ${quoted(err.payload.aud)} does not include this client ${quoted(this.audience)}.`);
      case 'nbf':
        return new OidcTokenError('not_yet_valid', `The ID token is not valid before ${isoTime(err.payload.nbf)}; check the clocks.`);
      default:
        return new OidcTokenError('invalid_claim', `The ID token's ${err.claim} claim is invalid: ${err.message}.`);
    }
  }

  private headerOf(idToken: string) {
    try {
      return decodeProtectedHeader(idToken);
    } catch {
      return null;
    }
  }
}
