import { z } from 'zod';
import { conversionKinds, DomainError } from '@alg/service-kit';

/** JSON body of a conversion sent to the public endpoint or by the browser snippet. */
export const publicConversionBody = z.object({
  ref: z.string().min(1).max(100),
  firstRef: z.string().min(1).max(100).nullish(),
  kind: z.enum(conversionKinds),
  email: z.string().max(254).nullish(),
  name: z.string().max(200).nullish(),
  value: z.number().nonnegative().finite().nullish(),
});

/** The webhook body adds the time of the conversion, which only an authenticated sender may set. */
export const webhookConversionBody = publicConversionBody.extend({
  occurredAt: z.iso.datetime({ offset: true }).nullish(),
});

export const EXAMPLE_BODY = '{"ref": "<alg_ref>", "kind": "registration", "email": "ada@example.com"}';

/** Parses a body with a schema, or throws a DomainError naming the first wrong field. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.') || 'body';
  const value = issue.path.reduce<unknown>(
    (current, key) => (current && typeof current === 'object' ? (current as Record<PropertyKey, unknown>)[key] : undefined),
    body,
  );

  throw DomainError.invalid(field, value ?? null, `${issue.message}; send JSON such as ${EXAMPLE_BODY}.`);
}
