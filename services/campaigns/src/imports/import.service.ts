import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DomainError, type EntityManager, normalizeEmail, ServiceRuntime } from '@alg/service-kit';
import type { Campaign } from '../campaigns/campaign.entity.js';
import { assertOccurredAt, CompletionService } from '../completions/completion.service.js';
import type { CampaignsConfig } from '../config.js';
import { Ecosystem } from '../ecosystems/ecosystem.entity.js';
import { ParticipantWriter } from '../participants/participant-writer.js';
import { CAMPAIGNS_CONFIG } from '../tokens.js';
import { assertUtf8, ByteSource, headText } from './byte-source.js';
import { type ColumnMapping, combineMappings } from './column-mapping.js';
import { csvRecords } from './csv-records.js';
import { detectDelimiter } from './delimiter.js';
import type { RowOutcome } from './import-row.entity.js';
import type { ImportRequest } from './import-request.js';
import { jsonRecords } from './json-records.js';
import { ParticipantImport } from './participant-import.entity.js';
import { presets } from './presets.js';
import { type MappedRow, mapRow, RowError } from './row-mapper.js';
import { csvTable, jsonTable, type TableRow } from './table-reader.js';

/** Rows per transaction: large enough for throughput, small enough to hold in memory. */
export const BATCH_SIZE = 500;
const PEEK_BYTES = 64 * 1024;

interface PendingRow {
  record: number;
  line: number;
  outcome?: RowOutcome;
  reason?: string;
  mapped?: MappedRow;
  participantId?: string;
}

interface Target {
  ecosystemId: string;
  campaign: Campaign | null;
}

@Injectable()
export class ImportService {
  constructor(
    @Inject(ServiceRuntime) private readonly runtime: ServiceRuntime,
    @Inject(ParticipantWriter) private readonly writer: ParticipantWriter,
    @Inject(CompletionService) private readonly completions: CompletionService,
    @Inject(CAMPAIGNS_CONFIG) private readonly config: CampaignsConfig,
  ) {}

  /**
   * Streams an export into participants, batch by batch: each batch of 500
   * rows, its per-row results and the job's counters commit together, so
   * the job always shows what is stored. Invalid rows are reported with
   * their record and line numbers while the valid rows import. Importing
   * the same file again merges every row into the participants it created
   * and changes nothing.
   */
  async run(organizationId: string, request: ImportRequest, upload: AsyncIterable<Buffer | string>): Promise<ParticipantImport> {
    const target = await this.target(organizationId, request);
    const spec = presets[request.preset];
    const mapping = combineMappings(spec.mapping, request.mapping);
    if (!mapping.email?.length) {
      throw DomainError.invalid('mapping', request.mapping ?? null, 'map the e-mail column, for example map.email=Email.');
    }
    const job = await this.open(organizationId, request, target, mapping);
    const log = this.runtime.logger.child({ importId: job.id, organizationId });
    const source = new ByteSource(upload, this.config.IMPORT_MAX_BYTES);
    try {
      await this.consume(job, target, source, mapping, Boolean(request.format));
      job.status = 'completed';
    } catch (err) {
      job.status = 'failed';
      job.error = err instanceof DomainError ? err.message : 'the import stopped on an internal error';
      log.warn({ err }, 'participant import failed');
      await this.close(job, source);
      throw err;
    }
    await this.close(job, source);
    log.info(
      { rows: job.rowCount, created: job.createdCount, merged: job.mergedCount, rejected: job.rejectedCount, skipped: job.skippedCount },
      'participant import finished',
    );

    return job;
  }

  private async target(organizationId: string, request: ImportRequest): Promise<Target> {
    const em = this.runtime.em();
    let campaign: Campaign | null = null;
    if (request.campaignId) {
      campaign = await this.completions.campaign(em, organizationId, request.campaignId);
      if (!request.completionKind) {
        throw DomainError.invalid('completionKind', null, 'say which completion moment the rows of a campaign import are, such as SESSION_ATTENDED.');
      }
    } else if (request.completionKind) {
      throw DomainError.invalid('campaignId', null, 'give the campaign whose completion moments the rows are.');
    }
    const ecosystemId = request.ecosystemId ?? campaign?.ecosystemId;
    if (!ecosystemId) throw DomainError.invalid('ecosystemId', null, 'give the ecosystem the participants join, or a campaign.');
    if (!(await em.findOne(Ecosystem, { id: ecosystemId, organizationId }))) throw DomainError.notFound('Ecosystem', ecosystemId);

    return { ecosystemId, campaign };
  }

  private async open(organizationId: string, request: ImportRequest, target: Target, mapping: ColumnMapping) {
    return this.runtime.transactional(async (em) => {
      const now = new Date();
      const job = em.create(ParticipantImport, {
        id: randomUUID(),
        organizationId,
        ecosystemId: target.ecosystemId,
        campaignId: target.campaign?.id ?? null,
        completionKind: request.completionKind ?? null,
        preset: request.preset,
        format: request.format ?? 'csv',
        delimiter: request.delimiter ?? null,
        mapping,
        fileName: request.fileName ?? null,
        totalBytes: request.totalBytes ?? null,
        status: 'running',
        bytesRead: 0,
        rowCount: 0,
        createdCount: 0,
        mergedCount: 0,
        rejectedCount: 0,
        skippedCount: 0,
        rejectedRows: [],
        startedAt: now,
        updatedAt: now,
      });
      em.persist(job);

      return job;
    });
  }

  private async consume(
    job: ParticipantImport,
    target: Target,
    source: ByteSource,
    mapping: ColumnMapping,
    formatGiven: boolean,
  ): Promise<void> {
    const head = await source.peek(PEEK_BYTES);
    assertUtf8(head);
    const text = headText(head);
    if (!formatGiven) job.format = /^\s*[[{]/.test(text) ? 'json' : 'csv';
    const spec = presets[job.preset as keyof typeof presets];
    let rows: AsyncIterable<TableRow>;
    if (job.format === 'json') {
      rows = jsonTable(jsonRecords(source.chunks()));
    } else {
      job.delimiter ??= detectDelimiter(text);
      rows = csvTable(csvRecords(source.chunks(), job.delimiter as ',' | ';' | '\t'), job.preset, spec, mapping);
    }
    let batch: PendingRow[] = [];
    let valid = 0;
    for await (const row of rows) {
      const pending = this.classify(row, spec.skip ?? null, mapping, Boolean(target.campaign));
      batch.push(pending);
      if (pending.mapped) valid++;
      if (valid >= BATCH_SIZE || batch.length >= BATCH_SIZE * 4) {
        await this.flush(job, target, batch, source);
        batch = [];
        valid = 0;
      }
    }
    await this.flush(job, target, batch, source);
  }

  private classify(
    row: TableRow,
    skip: ((record: Record<string, string>, mapping: ColumnMapping) => string | null) | null,
    mapping: ColumnMapping,
    moments: boolean,
  ): PendingRow {
    const pending: PendingRow = { record: row.record, line: row.line };
    if (row.error || !row.values) return { ...pending, outcome: 'rejected', reason: row.error ?? 'empty record' };
    const skipped = skip?.(row.values, mapping);
    if (skipped) return { ...pending, outcome: 'skipped', reason: skipped };
    try {
      const mapped = mapRow(row.values, mapping, moments);
      if (mapped.occurredAt) assertOccurredAt(mapped.occurredAt);

      return { ...pending, mapped };
    } catch (err) {
      if (err instanceof RowError) return { ...pending, outcome: 'rejected', reason: err.message };
      if (err instanceof DomainError) return { ...pending, outcome: 'rejected', reason: err.message };
      throw err;
    }
  }

  /** Writes one batch, its row results and the job's counters in one transaction. */
  private async flush(job: ParticipantImport, target: Target, batch: PendingRow[], source: ByteSource): Promise<void> {
    const valid = batch.filter((row) => row.mapped);
    await this.runtime.transactional(async (em) => {
      if (valid.length > 0) {
        const results = await this.writer.write(em, valid.map((row) => row.mapped!.person), {
          organizationId: job.organizationId,
          ecosystemIds: [target.ecosystemId],
          lineage: { origin: 'import', sourceImportId: job.id },
          rejectErased: true,
        });
        for (const [index, result] of results.entries()) {
          const row = valid[index]!;
          if (result.outcome === 'rejected') Object.assign(row, { outcome: 'rejected', reason: result.reason });
          else Object.assign(row, { outcome: result.outcome, participantId: result.participantId });
        }
        if (target.campaign) await this.recordMoments(em, job, target.campaign, valid);
      }
      this.count(job, batch);
      job.bytesRead = source.bytesRead;
      job.updatedAt = new Date();
      await this.insertRows(em, job.id, batch);
      await em.nativeUpdate(ParticipantImport, { id: job.id }, this.progressOf(job));
    });
  }

  /** Records each row of a campaign import as a completion moment, once per row content. */
  private async recordMoments(em: EntityManager, job: ParticipantImport, campaign: Campaign, rows: PendingRow[]) {
    for (const row of rows) {
      const participantId = row.participantId;
      if (!participantId || !row.mapped) continue;
      const { person, occurredAt, externalId } = row.mapped;
      const id =
        externalId ??
        `import:${createHash('sha256').update([job.completionKind, normalizeEmail(person.email), occurredAt?.toISOString() ?? ''].join('|')).digest('hex').slice(0, 32)}`;
      if (await this.completions.earlier(em, campaign, id)) continue;
      await this.completions.recordFor(em, campaign, participantId, {
        campaignId: campaign.id,
        person,
        kind: job.completionKind as never,
        occurredAt: occurredAt ?? null,
        externalId: id,
        source: 'import',
        importId: job.id,
      });
    }
  }

  private count(job: ParticipantImport, batch: PendingRow[]): void {
    for (const row of batch) {
      job.rowCount++;
      if (row.outcome === 'created') job.createdCount++;
      else if (row.outcome === 'merged') job.mergedCount++;
      else if (row.outcome === 'skipped') job.skippedCount++;
      else job.rejectedCount++;
    }
  }

  private async insertRows(em: EntityManager, importId: string, batch: PendingRow[]): Promise<void> {
    if (batch.length === 0) return;
    const params: unknown[] = [];
    const values = batch.map((row) => {
      params.push(importId, row.record, row.line, row.outcome ?? 'rejected', row.participantId ?? null, row.reason ?? null);

      return '(?, ?, ?, ?, ?, ?)';
    });
    await em.execute(
      `insert into participant_import_row (import_id, record, line, outcome, participant_id, reason) values ${values.join(', ')}`,
      params,
    );
  }

  private progressOf(job: ParticipantImport) {
    return {
      status: job.status,
      format: job.format,
      delimiter: job.delimiter,
      rowCount: job.rowCount,
      createdCount: job.createdCount,
      mergedCount: job.mergedCount,
      rejectedCount: job.rejectedCount,
      skippedCount: job.skippedCount,
      bytesRead: job.bytesRead,
      error: job.error ?? null,
      contentSha256: job.contentSha256 ?? null,
      updatedAt: job.updatedAt,
      finishedAt: job.finishedAt ?? null,
    };
  }

  /** Stores the final state and announces the finished import in one transaction. */
  private async close(job: ParticipantImport, source: ByteSource): Promise<void> {
    const now = new Date();
    job.finishedAt = now;
    job.updatedAt = now;
    job.bytesRead = source.bytesRead;
    job.contentSha256 = job.status === 'completed' ? source.sha256() : null;
    await this.runtime.transactional(async (em) => {
      await em.nativeUpdate(ParticipantImport, { id: job.id }, this.progressOf(job));
      this.runtime.outbox.add(em, {
        type: 'participant-import.finished',
        organizationId: job.organizationId,
        key: job.id,
        subject: job.id,
        data: {
          importId: job.id,
          ecosystemId: job.ecosystemId,
          campaignId: job.campaignId ?? null,
          status: job.status === 'completed' ? 'completed' : 'failed',
          rowCount: job.rowCount,
          createdCount: job.createdCount,
          mergedCount: job.mergedCount,
          rejectedCount: job.rejectedCount,
          finishedAt: now.toISOString(),
        },
      });
    });
  }

  async get(organizationId: string, id: string): Promise<ParticipantImport> {
    const job = await this.runtime.em().findOne(ParticipantImport, { id, organizationId });
    if (!job) throw DomainError.notFound('ParticipantImport', id);

    return job;
  }

  /** Finds the latest earlier completed import of the same file into the same ecosystem. */
  async previous(job: ParticipantImport): Promise<ParticipantImport | null> {
    if (!job.contentSha256) return null;

    return this.runtime.em().findOne(
      ParticipantImport,
      {
        organizationId: job.organizationId,
        ecosystemId: job.ecosystemId,
        contentSha256: job.contentSha256,
        status: 'completed',
        startedAt: { $lt: job.startedAt },
      },
      { orderBy: { startedAt: 'desc' } },
    );
  }
}
