import type { Type } from '@nestjs/common';
import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsIn } from 'class-validator';
import { SortDirection } from '@alg/service-kit';
import { graphqlEnum } from './graphql-enum.js';

export interface Ordering<F extends string> {
  field: F;
  direction: SortDirection;
}

/**
 * Builds the `<Name>Order` input of a list: a field enum whose values are
 * snake-case column names (`CREATED_AT`) and a direction. Only non-null
 * columns are offered, because the keyset cursor compares their values.
 */
export function OrderInput<const V extends readonly string[]>(name: string, fields: V): Type<Ordering<V[number]>> {
  const FieldEnum = graphqlEnum(fields, `${name}OrderField`, `What a ${name} list is sorted by; ties are broken by id.`);

  @InputType(`${name}Order`)
  class Order {
    @Field(() => FieldEnum)
    @IsIn(fields)
    field!: V[number];

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
    @IsEnum(SortDirection)
    direction!: SortDirection;
  }

  return Order as Type<Ordering<V[number]>>;
}

/** Converts a snake-case sort field to its entity property: created_at becomes createdAt. */
export function sortProperty(field: string): string {
  return field.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}
