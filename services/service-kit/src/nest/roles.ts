import {
  type CanActivate,
  createParamDecorator,
  type ExecutionContext,
  Injectable,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { hasRole, type Identity, type Role } from '../identity/identity.js';

const REQUIRED_ROLE = 'alg:required-role';
const REQUIRED_SCOPE = 'alg:required-scope';
const PARTNER_READABLE = 'alg:partner-readable';

/**
 * Marks a query that partner-portal keys may call. Every other operation
 * rejects them, so a new resolver is closed to partners by default.
 */
export const PartnerReadable = () => SetMetadata(PARTNER_READABLE, true);

/** Scopes a credential can hold; console users and the operator hold read and write. */
export const scopes = ['read', 'write', 'conversions'] as const;
export type Scope = (typeof scopes)[number];

/**
 * Sets the scope an operation needs; the defaults are read for queries and
 * write for mutations. A credential with write also passes a conversions check.
 */
export const RequireScope = (scope: Scope) => SetMetadata(REQUIRED_SCOPE, scope);

/** Sets the least role a resolver needs; the defaults are viewer for queries, editor for mutations. */
export const RequireRole = (role: Role) => SetMetadata(REQUIRED_ROLE, role);

export function identityOf(context: ExecutionContext): Identity | undefined {
  return GqlExecutionContext.create(context).getContext<{ req?: { identity?: Identity } }>().req
    ?.identity;
}

/** The authenticated caller of the current GraphQL operation. */
export const CurrentIdentity = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const identity = identityOf(context);
  if (!identity) throw new DomainError(ErrorCode.unauthenticated, 'The request has no identity.');

  return identity;
});

/** Organization id of the caller; operators, who have none, are rejected. */
export function organizationOf(identity: Identity): string {
  if (!identity.org) {
    throw new DomainError(
      ErrorCode.forbidden,
      'This operation acts inside an organization; call it with an organization credential.',
    );
  }

  return identity.org;
}

/** Role, scope and partner access that an operation requires. */
export interface AccessRequirement {
  role: Role;
  scope: Scope;
  /** True for operations that partner-portal keys may call. */
  partnerReadable?: boolean;
}

/**
 * Access to a participant's data export, in every service that contributes
 * to it: admins of the participant's organization, with the read scope.
 */
export const participantExportAccess: AccessRequirement = { role: 'admin', scope: 'read' };

/**
 * Checks that the caller has the scope and at least the role, and rejects
 * partner keys unless the operation is partner-readable. The guard calls it
 * for queries and mutations. @nestjs/graphql runs guards on field and
 * reference resolvers only when the `fieldResolverEnhancers` option
 * enables them, which the kit's module does not, so a reference resolver that
 * needs more than the organization check calls it itself.
 */
export function assertAccess(identity: Identity | undefined, requirement: AccessRequirement): Identity {
  if (!identity) throw new DomainError(ErrorCode.unauthenticated, 'The request has no identity.');
  if (identity.kind === 'partner' && !requirement.partnerReadable) {
    throw new DomainError(ErrorCode.forbidden, 'Partner keys may read only the participants of their partner ecosystems.');
  }
  const { scope, role } = requirement;
  const granted = identity.scopes.includes(scope) || (scope === 'conversions' && identity.scopes.includes('write'));
  if (!granted) {
    throw new DomainError(
      ErrorCode.forbidden,
      `This operation needs the ${scope} scope; the credential has ${identity.scopes.join(', ') || 'none'}.`,
      { requiredScope: scope },
    );
  }
  if (!hasRole(identity, role)) {
    throw new DomainError(ErrorCode.forbidden, `This operation needs the ${role} role; the caller has ${identity.role}.`, {
      requiredRole: role,
    });
  }

  return identity;
}

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const operation = gql.getInfo<{ parentType?: { name: string } }>()?.parentType?.name;
    const targets = [context.getHandler(), context.getClass()];
    assertAccess(identityOf(context), {
      role: this.reflector.getAllAndOverride<Role>(REQUIRED_ROLE, targets) ?? (operation === 'Mutation' ? 'editor' : 'viewer'),
      scope: this.reflector.getAllAndOverride<Scope>(REQUIRED_SCOPE, targets) ?? (operation === 'Mutation' ? 'write' : 'read'),
      partnerReadable: this.reflector.getAllAndOverride<boolean>(PARTNER_READABLE, targets) ?? false,
    });

    return true;
  }
}

const EMAIL_HASH = /^[0-9a-f]{64}$/;

/** A `ParticipantExport` entity reference as the subgraphs that extend it receive it. */
export interface ParticipantExportKey {
  participantId: string;
  emailHash?: string | null;
}

/**
 * Checks a `ParticipantExport` reference in a subgraph that adds a section
 * to the export: the caller needs export access in an organization (the
 * operator acts in none), and the e-mail hash that campaigns provides must
 * be a SHA-256 in hex. Returns the reference with its hash.
 */
export function checkParticipantExportReference(
  reference: ParticipantExportKey,
  identity: Identity | undefined,
): { participantId: string; emailHash: string } {
  organizationOf(assertAccess(identity, participantExportAccess));
  const emailHash = reference.emailHash ?? '';
  if (!EMAIL_HASH.test(emailHash)) {
    throw DomainError.invalid('emailHash', reference.emailHash ?? null, 'give the SHA-256 of the normalized e-mail as 64 lower-case hex digits.');
  }

  return { participantId: reference.participantId, emailHash };
}
