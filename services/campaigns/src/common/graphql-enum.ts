import { registerEnumType } from '@nestjs/graphql';

/**
 * Registers a GraphQL enum whose names are the upper-case forms of the
 * stored lower-case values (`event_attendees` is `EVENT_ATTENDEES`).
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
