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

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const operation = gql.getInfo<{ parentType?: { name: string } }>()?.parentType?.name;
    const fallback: Role = operation === 'Mutation' ? 'editor' : 'viewer';
    const required =
      this.reflector.getAllAndOverride<Role>(REQUIRED_ROLE, [context.getHandler(), context.getClass()]) ??
      fallback;
    const identity = identityOf(context);
    if (!identity) throw new DomainError(ErrorCode.unauthenticated, 'The request has no identity.');
    if (identity.kind === 'partner') {
      const readable = this.reflector.getAllAndOverride<boolean>(PARTNER_READABLE, [context.getHandler(), context.getClass()]);
      if (!readable) {
        throw new DomainError(ErrorCode.forbidden, 'Partner keys may read only the participants of their partner ecosystems.');
      }
    }
    const scope =
      this.reflector.getAllAndOverride<Scope>(REQUIRED_SCOPE, [context.getHandler(), context.getClass()]) ??
      (operation === 'Mutation' ? 'write' : 'read');
    const granted = identity.scopes.includes(scope) || (scope === 'conversions' && identity.scopes.includes('write'));
    if (!granted) {
      throw new DomainError(
        ErrorCode.forbidden,
        `This operation needs the ${scope} scope; the credential has ${identity.scopes.join(', ') || 'none'}.`,
        { requiredScope: scope },
      );
    }
    if (!hasRole(identity, required)) {
      throw new DomainError(
        ErrorCode.forbidden,
        `This operation needs the ${required} role; the caller has ${identity.role}.`,
        { requiredRole: required },
      );
    }

    return true;
  }
}
