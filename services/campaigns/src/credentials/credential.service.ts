import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  type EntityManager,
  ErrorCode,
  hasRole,
  type Identity,
  randomBase62,
  ServiceRuntime,
} from '@alg/service-kit';
import { Ecosystem } from '../ecosystems/ecosystem.entity.js';
import { ApiKey } from './api-key.entity.js';

export interface CreateApiKeyRequest {
  name: string;
  role?: ApiKey['role'] | null;
  scopes?: string[] | null;
  partnerName?: string | null;
}

interface KeyGrant {
  role: ApiKey['role'];
  scopes: string[];
}

const KEY_PATTERN = /^alg_([0-9A-Za-z]{12})_([0-9A-Za-z]{32})$/;

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

function distinctScopes(scopes: string[]): string[] {
  const distinct = [...new Set(scopes)].sort();
  if (distinct.length === 0) throw DomainError.invalid('scopes', [], 'give at least one of READ, WRITE and CONVERSIONS.');

  return distinct;
}

/** Role and scopes of an organization key: EDITOR with READ and WRITE unless the request names them. */
function organizationKeyGrant(input: CreateApiKeyRequest): KeyGrant {
  return { role: input.role ?? 'editor', scopes: distinctScopes(input.scopes ?? ['read', 'write']) };
}

/** Role and scopes of a partner-portal key, which is always a VIEWER with only READ. */
function partnerKeyGrant(input: CreateApiKeyRequest): KeyGrant {
  if (input.role && input.role !== 'viewer') {
    throw DomainError.invalid(
      'role',
      input.role.toUpperCase(),
      'a partner-portal key is a read-only VIEWER; omit role or pass VIEWER, or omit partnerName for an organization key.',
    );
  }
  const scopes = distinctScopes(input.scopes ?? ['read']);
  const writable = scopes.filter((scope) => scope !== 'read');
  if (writable.length > 0) {
    throw DomainError.invalid(
      'scopes',
      scopes.map((scope) => scope.toUpperCase()),
      'a partner-portal key may only read; omit scopes or pass [READ].',
    );
  }

  return { role: 'viewer', scopes };
}

/**
 * Rejects a key that an API key creates with a scope or role beyond its
 * own, so a key cannot mint a more powerful one. WRITE covers CONVERSIONS,
 * as in assertAccess. Console users create keys up to the role that
 * @RequireRole on the mutation checks.
 */
function assertWithinCreatorKey(creator: Identity, role: ApiKey['role'], scopes: string[]): void {
  const held = creator.scopes.map((scope) => scope.toUpperCase()).join(', ') || 'none';
  for (const scope of scopes) {
    const covered = creator.scopes.includes(scope) || (scope === 'conversions' && creator.scopes.includes('write'));
    if (!covered) {
      throw new DomainError(
        ErrorCode.forbidden,
        `An API key cannot create a key with the ${scope.toUpperCase()} scope, which it lacks; the creating key has ${held}.`,
        { requestedScope: scope },
      );
    }
  }
  if (!hasRole(creator, role)) {
    throw new DomainError(
      ErrorCode.forbidden,
      `An API key cannot create a key with the ${role.toUpperCase()} role, above its own; the creating key has ${creator.role.toUpperCase()}.`,
      { requestedRole: role },
    );
  }
}

/**
 * Issues and verifies API keys of the form `alg_<id>_<secret>`. The id
 * finds the row; the SHA-256 of the 190-bit secret is compared in constant
 * time. A fast hash suffices because the secret is random, not a password.
 */
@Injectable()
export class CredentialService {
  constructor(@Inject(ServiceRuntime) private readonly runtime: ServiceRuntime) {}

  issue(
    em: EntityManager,
    organizationId: string,
    name: string,
    role: ApiKey['role'],
    scopes: string[] = ['read', 'write'],
    partnerName: string | null = null,
  ) {
    const id = randomBase62(12);
    const secret = randomBase62(32);
    const apiKey = em.create(ApiKey, {
      id,
      organizationId,
      name,
      role,
      secretHash: hashSecret(secret),
      scopes,
      partnerName,
      createdAt: new Date(),
    });
    em.persist(apiKey);

    return { apiKey, secret: `alg_${id}_${secret}` };
  }

  async create(identity: Identity, organizationId: string, input: CreateApiKeyRequest) {
    const partnerName = input.partnerName?.trim() || null;
    const { role, scopes } = partnerName ? partnerKeyGrant(input) : organizationKeyGrant(input);
    if (identity.kind === 'api_key') assertWithinCreatorKey(identity, role, scopes);
    if (partnerName) {
      const partnerEcosystems = await this.runtime.em().count(Ecosystem, { organizationId, partnerName });
      if (partnerEcosystems === 0) {
        throw DomainError.invalid('partnerName', partnerName, 'no partner network ecosystem of this organization has that partner.');
      }
    }
    const issued = await this.runtime.transactional(async (em) =>
      this.issue(em, organizationId, input.name, role, scopes, partnerName),
    );
    this.runtime.logger.info(
      { organizationId, apiKeyId: issued.apiKey.id, role, scopes, by: identity.sub },
      'API key created',
    );

    return issued;
  }

  /** Returns the identity of a valid, unrevoked key, or null. */
  async verify(presented: string): Promise<Identity | null> {
    const match = KEY_PATTERN.exec(presented);
    if (!match) return null;
    const [, id, secret] = match;
    const apiKey = await this.runtime.em().findOne(ApiKey, { id });
    if (!apiKey || apiKey.revokedAt) return null;
    const expected = Buffer.from(apiKey.secretHash, 'hex');
    const actual = Buffer.from(hashSecret(secret!), 'hex');
    if (!timingSafeEqual(expected, actual)) return null;

    return {
      sub: `api_key:${apiKey.id}`,
      kind: apiKey.partnerName ? 'partner' : 'api_key',
      org: apiKey.organizationId,
      role: apiKey.role,
      scopes: apiKey.scopes,
      partnerId: apiKey.partnerName ?? null,
    };
  }

  async list(organizationId: string): Promise<ApiKey[]> {
    return this.runtime.em().find(ApiKey, { organizationId }, { orderBy: { createdAt: 'asc' } });
  }

  async revoke(organizationId: string, id: string): Promise<ApiKey> {
    return this.runtime.transactional(async (em) => {
      const apiKey = await em.findOne(ApiKey, { id, organizationId });
      if (!apiKey) throw DomainError.notFound('ApiKey', id);
      if (apiKey.revokedAt) {
        throw new DomainError(ErrorCode.invalidState, `API key ${id} is already revoked.`);
      }
      apiKey.revokedAt = new Date();

      return apiKey;
    });
  }

  static newId(): string {
    return randomUUID();
  }
}
