import { z } from 'zod';
import { conversionKinds, DomainError } from '@alg/service-kit';

/** Largest conversion value accepted, in major units (one trillion). */
export const MAX_CONVERSION_VALUE = 1_000_000_000_000;

/** JSON body of a conversion sent to the public endpoint or by the browser snippet. */
export const publicConversionBody = z.object({
  ref: z.string().min(1).max(100),
  firstRef: z.string().min(1).max(100).nullish(),
  kind: z.enum(conversionKinds),
  email: z.string().max(254).nullish(),
  name: z.string().max(200).nullish(),
  /** In major units of the campaign's currency; the cap keeps minor units exact in a double for up to three decimals. */
  value: z.number().nonnegative().max(MAX_CONVERSION_VALUE, `must be at most ${MAX_CONVERSION_VALUE.toLocaleString('en-US')}`).nullish(),
});

/** The webhook body adds the time of the conversion, which only an authenticated sender may set. */
export const webhookConversionBody = publicConversionBody.extend({
  occurredAt: z.iso.datetime({ offset: true }).nullish(),
});

export const EXAMPLE_BODY = '{"ref": "<alg_ref>", "kind": "registration", "email": "ada@example.com"}';

/** Parses a body with a schema, or throws a DomainError naming the first wrong field and showing an example body. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown, example = EXAMPLE_BODY): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.') || 'body';
  const value = issue.path.reduce<unknown>(
    (current, key) => (current && typeof current === 'object' ? (current as Record<PropertyKey, unknown>)[key] : undefined),
    body,
  );

  throw DomainError.invalid(field, value ?? null, `${issue.message}; send JSON such as ${example}.`);
}
