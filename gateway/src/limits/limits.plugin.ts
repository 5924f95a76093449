import type { ApolloServerPlugin } from '@apollo/server';
import { enforceLimits, measureOperation, type OperationLimits, type OperationMeasure } from './operation-limits.js';

/** Charges a measured operation to its caller's budgets; throws a GraphQLError to reject it. */
export type ChargeOperation<TContext> = (context: TContext, measure: OperationMeasure, operationType: string) => Promise<void>;

/**
 * Rejects operations over the depth, alias or cost limits before the gateway
 * plans them, then charges the rest with `charge` (the per-credential rate
 * limits) when it is given.
 */
export function operationLimitsPlugin<TContext extends object>(
  limits: OperationLimits,
  charge?: ChargeOperation<TContext>,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, request, schema, operation, contextValue }) {
          const measure = measureOperation(schema, document, operationName, request.variables ?? {}, limits);
          enforceLimits(measure, limits);
          if (charge && operation) await charge(contextValue, measure, operation.operation);
        },
      };
    },
  };
}
