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
