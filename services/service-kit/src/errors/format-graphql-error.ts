import { randomUUID } from 'node:crypto';
import { HttpException } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { DomainError, ErrorCode } from './domain-error.js';

/** Codes that graphql-js and Apollo Server assign to request errors. */
const requestErrorCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

const httpCodes: Record<number, ErrorCode> = {
  400: ErrorCode.badUserInput,
  401: ErrorCode.unauthenticated,
  403: ErrorCode.forbidden,
  404: ErrorCode.notFound,
  409: ErrorCode.conflict,
};

function validationMessage(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'object' && response !== null && 'message' in response) {
    const message = (response as { message: unknown }).message;
    if (Array.isArray(message)) return `Invalid input: ${message.join('; ')}`;
    if (typeof message === 'string') return message;
  }

  return exception.message;
}

/** PostgreSQL's `invalid_text_representation` error, as pg and MikroORM's DriverException carry it. */
const INVALID_TEXT_REPRESENTATION = '22P02';
const INVALID_UUID_TEXT = /invalid input syntax for type uuid: "(.*)"/;

/**
 * Turns a malformed id that reached a uuid column past the resolver's
 * checks into BAD_USER_INPUT; the query failed on the value, not the server.
 */
function invalidUuidError(original: unknown): DomainError | null {
  const { code, message } = (original ?? {}) as { code?: unknown; message?: unknown };
  if (code !== INVALID_TEXT_REPRESENTATION || typeof message !== 'string') return null;
  const match = INVALID_UUID_TEXT.exec(message);
  if (!match) return null;

  return DomainError.invalid('id', match[1], 'an id is a UUID such as 0b7e4a52-3c1d-4e8f-9a6b-2d5c8f1e7a90.');
}

/**
 * Maps every error to a stable `extensions.code`. Domain and request errors
 * keep their message; anything else is masked and logged under an error id
 * that the caller also receives.
 */
export function createGraphqlErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (original instanceof DomainError) {
      return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
    }
    if (original instanceof HttpException) {
      const code = httpCodes[original.getStatus()];
      if (code) {
        return { ...base, message: validationMessage(original), extensions: { code } };
      }
    }
    const invalidUuid = invalidUuidError(original);
    if (invalidUuid) {
      logger.warn({ err: original, path: formatted.path }, 'malformed id reached a uuid column');

      return { ...base, message: invalidUuid.message, extensions: { code: invalidUuid.code, ...invalidUuid.details } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && requestErrorCodes.has(code)) {
      return { ...base, extensions: { code } };
    }

    const errorId = randomUUID();
    logger.error({ err: original, errorId, path: formatted.path }, 'unexpected GraphQL error');

    return {
      ...base,
      message: `Internal server error. Quote error id ${errorId} when reporting it.`,
      extensions: { code: ErrorCode.internal, errorId },
    };
  };
}
