import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { DomainError, paginate, ServiceRuntime, SortDirection } from '@alg/service-kit';
import { AuditEntry } from './audit-entry.entity.js';

export const auditRecordSchema = z.object({
  organizationId: z.uuid(),
  actor: z.string().min(1).max(200),
  actorKind: z.string().min(1).max(40),
  operation: z.string().min(1).max(200),
  fields: z.array(z.string().max(200)).max(100),
  outcome: z.enum(['succeeded', 'failed']),
  errorCodes: z.array(z.string().max(100)).max(50),
  clientAddress: z.string().max(100).nullable(),
  requestId: z.string().max(200).nullable(),
  occurredAt: z.iso.datetime({ offset: true }),
});
export type AuditRecord = z.infer<typeof auditRecordSchema>;

@Injectable()
export class AuditService {
  constructor(@Inject(ServiceRuntime) private readonly runtime: ServiceRuntime) {}

  async record(input: unknown): Promise<void> {
    const parsed = auditRecordSchema.safeParse(input);
    if (!parsed.success) throw DomainError.invalid('audit entry', null, parsed.error.issues[0]?.message ?? 'invalid');
    const record = parsed.data;
    await this.runtime.transactional(async (em) => {
      em.persist(em.create(AuditEntry, { ...record, id: randomUUID(), occurredAt: new Date(record.occurredAt) }));
    });
  }

  list(organizationId: string, args: { first?: number; after?: string; actor?: string }) {
    const where: Record<string, unknown> = { organizationId };
    if (args.actor) where.actor = args.actor;

    return paginate(this.runtime.em(), {
      entity: AuditEntry,
      where,
      sortField: 'occurredAt',
      direction: SortDirection.DESC,
      first: args.first,
      after: args.after,
    });
  }
}
