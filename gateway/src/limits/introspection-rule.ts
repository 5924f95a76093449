import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Rejects __schema and __type selections while introspection is off. It
 * replaces Apollo Server's own rule, whose message asks to change the
 * server code, with one that names GRAPHQL_INTROSPECTION.
 * `__typename` stays allowed, since clients use it to tell types apart.
 */
export const introspectionDisabledRule: ValidationRule = (context) => ({
  Field(node) {
    const name = node.name.value;
    if (name !== '__schema' && name !== '__type') return;
    context.reportError(
      new GraphQLError(`Introspection is off on this gateway, so ${name} cannot be queried; it is enabled with GRAPHQL_INTROSPECTION=true.`, {
        nodes: [node],
        extensions: { validationErrorCode: 'INTROSPECTION_DISABLED' },
      }),
    );
  },
});
