import { registerEnumType } from '@nestjs/graphql';

/**
 * Registers a GraphQL enum whose names are the upper-case forms of the
 * internal lower-case values (`all_time` is `ALL_TIME`).
 */
export function graphqlEnum<const V extends readonly string[]>(
  values: V,
  name: string,
  description: string,
): Record<string, V[number]> {
  const enumObject = Object.fromEntries(values.map((value) => [value.toUpperCase(), value]));
  registerEnumType(enumObject, { name, description });

  return enumObject as Record<string, V[number]>;
}
