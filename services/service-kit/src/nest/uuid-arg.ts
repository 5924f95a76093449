import { Injectable, type PipeTransform } from '@nestjs/common';
import { Args, type ArgsOptions, ID } from '@nestjs/graphql';
import { DomainError } from '../errors/domain-error.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Throws BAD_USER_INPUT naming the argument unless the value is a UUID. */
export function assertUuid(name: string, value: unknown): string {
  if (!isUuid(value)) {
    throw DomainError.invalid(name, value, 'an id is a UUID such as 0b7e4a52-3c1d-4e8f-9a6b-2d5c8f1e7a90.');
  }

  return value;
}

/**
 * Checks a GraphQL argument that contains the id of a row with a uuid primary
 * key, or a list of such ids. Null and undefined pass through, so the
 * argument's own nullability decides whether it may be absent.
 */
@Injectable()
export class UuidPipe implements PipeTransform<unknown, unknown> {
  constructor(private readonly name: string) {}

  transform(value: unknown): unknown {
    if (value === null || value === undefined) return value;
    if (Array.isArray(value)) {
      value.forEach((item, index) => assertUuid(`${this.name}[${index}]`, item));

      return value;
    }

    return assertUuid(this.name, value);
  }
}

/**
 * An `ID` argument that maps to a uuid column. Postgres rejects any other
 * text in a uuid comparison with an error the caller cannot act on, so the
 * pipe rejects it first with BAD_USER_INPUT. Pass `type: () => [ID]` for a list.
 */
export const UuidArg = (name: string, options: Omit<ArgsOptions, 'name'> = {}) =>
  Args(name, { type: () => ID, ...options }, new UuidPipe(name));
