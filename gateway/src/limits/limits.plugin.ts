import type { ApolloServerPlugin } from '@apollo/server';
import { enforceLimits, measureOperation, type OperationLimits } from './operation-limits.js';

/** Rejects operations over the depth, alias or cost limits before the gateway plans them. */
export function operationLimitsPlugin<TContext extends object>(limits: OperationLimits): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, request, schema }) {
          const measure = measureOperation(schema, document, operationName, request.variables ?? {}, limits);
          enforceLimits(measure, limits);
        },
      };
    },
  };
}
