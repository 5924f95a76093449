import { Inject, Injectable } from '@nestjs/common';
import { type Connection, decodeCursor, encodeCursor, paginate, ServiceRuntime } from '@alg/service-kit';
import { ImportRow, type RowOutcome } from './import-row.entity.js';
import type { ImportRowArgs, ParticipantImportListArgs } from './import.model.js';
import { ParticipantImport } from './participant-import.entity.js';

@Injectable()
export class ImportQueryService {
  constructor(@Inject(ServiceRuntime) private readonly runtime: ServiceRuntime) {}

  list(organizationId: string, args: ParticipantImportListArgs) {
    const where: Record<string, unknown> = { organizationId };
    if (args.ecosystemId) where.ecosystemId = args.ecosystemId;
    if (args.campaignId) where.campaignId = args.campaignId;
    if (args.statuses?.length) where.status = { $in: args.statuses };

    return paginate(this.runtime.em(), {
      entity: ParticipantImport,
      where,
      sortField: 'startedAt',
      direction: args.direction,
      first: args.first,
      after: args.after,
    });
  }

  /** Rows of an import in record order, keyset-paginated by record number. */
  async rows(importId: string, args: ImportRowArgs): Promise<Connection<ImportRow>> {
    const first = args.first ?? 100;
    const where: Record<string, unknown> = { importId };
    if (args.outcomes?.length) where.outcome = { $in: args.outcomes as RowOutcome[] };
    const after = args.after ? Number(decodeCursor(args.after).v) : 0;
    const em = this.runtime.em();
    const [rows, totalCount] = await Promise.all([
      em.find(ImportRow, { ...where, record: { $gt: after } }, { orderBy: { record: 'asc' }, limit: first + 1 }),
      em.count(ImportRow, where),
    ]);
    const page = rows.slice(0, first);
    const edges = page.map((node) => ({ node, cursor: encodeCursor({ v: node.record, id: importId }) }));

    return {
      edges,
      nodes: page,
      totalCount,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: after > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  async rejected(importId: string, limit: number) {
    return this.runtime.em().find(
      ImportRow,
      { importId, outcome: 'rejected' },
      { orderBy: { record: 'asc' }, limit, fields: ['record', 'line', 'reason'] },
    );
  }
}
