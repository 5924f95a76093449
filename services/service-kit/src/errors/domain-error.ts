/**
 * Stable error codes returned to callers in GraphQL `extensions.code` and in
 * the JSON bodies of the public HTTP endpoints.
 */
export const ErrorCode = {
  badUserInput: 'BAD_USER_INPUT',
  notFound: 'NOT_FOUND',
  conflict: 'CONFLICT',
  invalidState: 'INVALID_STATE',
  unauthenticated: 'UNAUTHENTICATED',
  forbidden: 'FORBIDDEN',
  internal: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An expected failure whose message is safe to show to the caller. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(what: string, id: string): DomainError {
    return new DomainError(ErrorCode.notFound, `${what} ${JSON.stringify(id)} was not found.`, {
      [`${what.toLowerCase()}Id`]: id,
    });
  }

  static invalid(field: string, value: unknown, fix: string): DomainError {
    return new DomainError(
      ErrorCode.badUserInput,
      `Invalid ${field} ${JSON.stringify(value)}: ${fix}`,
      { field },
    );
  }
}

export const httpStatusOf: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  INTERNAL_SERVER_ERROR: 500,
};
