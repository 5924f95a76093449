import {
  getNamedType,
  getNullableType,
  type GraphQLField,
  type GraphQLSchema,
  isListType,
  isObjectType,
  isInterfaceType,
  type GraphQLNamedType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  /** Maximum estimated cost: every field costs 1, multiplied by the page size of each enclosing list. */
  maxCost: number;
  /** Page size assumed for a list field without `first`. */
  defaultListSize: number;
}

export const defaultLimits: OperationLimits = { maxDepth: 12, maxAliases: 30, maxCost: 50_000, defaultListSize: 50 };

export interface OperationMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

/**
 * Returns the page size a field requests with `first`: a literal, a
 * supplied variable, or, when the request leaves that variable out, the
 * default of its definition in the operation.
 */
function firstArgument(field: FieldNode, variables: Record<string, unknown>, defaults: Map<string, ValueNode>): number | null {
  const argument = field.arguments?.find((arg) => arg.name.value === 'first');
  if (!argument) return null;
  let value: ValueNode | undefined = argument.value;
  if (value.kind === Kind.VARIABLE) {
    const name = value.name.value;
    if (Object.hasOwn(variables, name)) {
      const variable = variables[name];
      return typeof variable === 'number' ? variable : null;
    }
    value = defaults.get(name);
  }
  if (value?.kind === Kind.INT) return Number(value.value);

  return null;
}

/** Maps each variable of the operation that has a default value to that value. */
function variableDefaults(operation: OperationDefinitionNode): Map<string, ValueNode> {
  const defaults = new Map<string, ValueNode>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) defaults.set(definition.variable.name.value, definition.defaultValue);
  }

  return defaults;
}

function fieldOf(parent: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return undefined;

  return parent.getFields()[name];
}

/**
 * Measures an operation without executing it: selection depth, number of
 * aliases, and a cost where every field counts once per item of each
 * enclosing list. A field with `first` multiplies by that page size, and the
 * lists directly under it (a connection's edges and nodes) add nothing
 * more; another list multiplies by defaultListSize. Fragments are expanded,
 * and a fragment cycle counts as too deep.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  limits: OperationLimits,
): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const operation = operationName
    ? operations.find((candidate) => candidate.name?.value === operationName)
    : operations[0];
  const measure: OperationMeasure = { depth: 0, aliases: 0, cost: 0 };
  if (!operation) return measure;
  const defaults = variableDefaults(operation);

  const visit = (
    selectionSet: SelectionSetNode,
    parent: GraphQLNamedType | undefined,
    depth: number,
    multiplier: number,
    paged: boolean,
    seen: Set<string>,
  ) => {
    if (depth > limits.maxDepth + 1) return;
    measure.depth = Math.max(measure.depth, depth);
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) measure.aliases++;
        measure.cost += multiplier;
        if (!selection.selectionSet) continue;
        const field = fieldOf(parent, selection.name.value);
        const pageSize = firstArgument(selection, variables, defaults);
        const isList = field ? isListType(getNullableType(field.type)) : false;
        let factor = 1;
        if (pageSize !== null) factor = Math.max(1, pageSize);
        else if (isList && !paged) factor = limits.defaultListSize;
        const type = field ? getNamedType(field.type) : undefined;
        visit(selection.selectionSet, type, depth + 1, multiplier * factor, pageSize !== null, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        visit(selection.selectionSet, type ?? parent, depth, multiplier, paged, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment) continue;
        if (seen.has(name)) {
          measure.depth = limits.maxDepth + 1;
          continue;
        }
        const type = schema.getType(fragment.typeCondition.name.value) ?? parent;
        visit(fragment.selectionSet, type, depth, multiplier, paged, new Set([...seen, name]));
      }
    }
  };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  visit(operation.selectionSet, root ?? undefined, 1, 1, false, new Set());

  return measure;
}

/** Without it, Apollo Server responds with status 500 to an error raised while resolving the operation. */
const BAD_REQUEST = { status: 400 };

/** Throws a GraphQLError with a stable code, sent with status 400, when the operation exceeds a limit. */
export function enforceLimits(measure: OperationMeasure, limits: OperationLimits): void {
  if (measure.depth > limits.maxDepth) {
    throw new GraphQLError(`The operation is ${measure.depth} levels deep; the maximum is ${limits.maxDepth}.`, {
      extensions: { code: 'QUERY_TOO_DEEP', maxDepth: limits.maxDepth, http: BAD_REQUEST },
    });
  }
  if (measure.aliases > limits.maxAliases) {
    throw new GraphQLError(`The operation uses ${measure.aliases} aliases; the maximum is ${limits.maxAliases}.`, {
      extensions: { code: 'TOO_MANY_ALIASES', maxAliases: limits.maxAliases, http: BAD_REQUEST },
    });
  }
  if (measure.cost > limits.maxCost) {
    throw new GraphQLError(
      `The operation's estimated cost is ${measure.cost}; the maximum is ${limits.maxCost}. Request smaller pages with "first".`,
      { extensions: { code: 'QUERY_TOO_COMPLEX', maxCost: limits.maxCost, cost: measure.cost, http: BAD_REQUEST } },
    );
  }
}
