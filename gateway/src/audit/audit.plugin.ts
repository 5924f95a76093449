import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Identity, Logger } from '@alg/service-kit';

export interface AuditContext {
  identity: Identity;
  requestId: string;
  clientAddress: string | null;
}

/** Query fields that read a person's whole data, so that each call is audited like a change. */
export const auditedQueryFields: ReadonlySet<string> = new Set(['participantExport']);

/** Names of the operation's root fields, with those selected through fragments on the root type. */
export function rootFieldsOf(operation: OperationDefinitionNode, document: DocumentNode | undefined): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document?.definitions ?? []) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fields: string[] = [];
  const visit = (selectionSet: SelectionSetNode, seen: ReadonlySet<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!fields.includes(selection.name.value)) fields.push(selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !seen.has(fragment.name.value)) visit(fragment.selectionSet, new Set([...seen, fragment.name.value]));
      }
    }
  };
  visit(operation.selectionSet, new Set());

  return fields;
}

/** Returns whether an operation gets an audit entry: every mutation, and queries of an audited field. */
export function isAudited(operation: OperationDefinitionNode, fields: string[]): boolean {
  if (operation.operation === 'mutation') return true;

  return operation.operation === 'query' && fields.some((field) => auditedQueryFields.has(field));
}

/**
 * Writes one audit entry for every mutation made inside an organization,
 * and for every query that calls one of the audited query fields: who,
 * which operation and fields, the outcome, when, and from which address.
 * Variables are left out because they may hold personal data. A failed
 * write is logged; it never fails the caller's request.
 */
export function auditPlugin<TContext extends AuditContext>(
  send: (entry: Record<string, unknown>) => Promise<void>,
  logger: Logger,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, operationName, document, errors }) {
          if (!operation || !contextValue.identity.org) return;
          const fields = rootFieldsOf(operation as OperationDefinitionNode, document);
          if (!isAudited(operation as OperationDefinitionNode, fields)) return;
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
