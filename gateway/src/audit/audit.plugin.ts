import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Identity, Logger } from '@alg/service-kit';

export interface AuditContext {
  identity: Identity;
  requestId: string;
  clientAddress: string | null;
}

/**
 * Writes one audit entry for every mutation made inside an organization:
 * who, which operation and fields, the outcome, when, and from which
 * address. Variables are left out because they may hold personal data.
 * A failed write is logged; it never fails the caller's request.
 */
export function auditPlugin<TContext extends AuditContext>(
  send: (entry: Record<string, unknown>) => Promise<void>,
  logger: Logger,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, operationName, errors }) {
          if (!operation || operation.operation !== 'mutation' || !contextValue.identity.org) return;
          const fields = (operation as OperationDefinitionNode).selectionSet.selections.flatMap((selection) =>
            selection.kind === Kind.FIELD ? [selection.name.value] : [],
          );
          const errorCodes = [...new Set((errors ?? []).map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
          const entry = {
            organizationId: contextValue.identity.org,
            actor: contextValue.identity.sub,
            actorKind: contextValue.identity.kind,
            operation: operationName ?? fields.join(','),
            fields,
            outcome: errorCodes.length > 0 ? 'failed' : 'succeeded',
            errorCodes,
            clientAddress: contextValue.clientAddress,
            requestId: contextValue.requestId,
            occurredAt: new Date().toISOString(),
          };
          await send(entry).catch((err: unknown) => {
            logger.error({ err, requestId: contextValue.requestId }, 'audit entry could not be written');
          });
        },
      };
    },
  };
}
