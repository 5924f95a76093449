import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { parse } from 'csv-parse';
import { DomainError, normalizeEmail, ServiceRuntime } from '@alg/service-kit';
import { Ecosystem } from '../ecosystems/ecosystem.entity.js';
import { ParticipantService, type PersonFields } from '../participants/participant.service.js';
import type { ImportParticipantsInput } from './import.model.js';
import { ParticipantImport, type RejectedRow } from './participant-import.entity.js';
import { presetMappers } from './presets.js';

const BATCH_SIZE = 500;

interface ParsedRow {
  record: number;
  line: number;
  person: PersonFields;
}

@Injectable()
export class ImportService {
  constructor(
    @Inject(ServiceRuntime) private readonly runtime: ServiceRuntime,
    @Inject(ParticipantService) private readonly participants: ParticipantService,
  ) {}

  /**
   * Streams the CSV and upserts its people in batches of 500, each batch one
   * transaction. Rows without a valid e-mail are rejected with their record
   * and line numbers; the valid rows still import. Running the same file
   * again merges every row and creates nothing.
   */
  async run(organizationId: string, input: ImportParticipantsInput): Promise<ParticipantImport> {
    const ecosystem = await this.runtime.em().findOne(Ecosystem, { id: input.ecosystemId, organizationId });
    if (!ecosystem) throw DomainError.notFound('Ecosystem', input.ecosystemId);
    const job = await this.runtime.transactional(async (em) => {
      const created = em.create(ParticipantImport, {
        id: randomUUID(),
        organizationId,
        ecosystemId: ecosystem.id,
        preset: input.preset,
        status: 'running',
        rowCount: 0,
        createdCount: 0,
        mergedCount: 0,
        rejectedCount: 0,
        rejectedRows: [],
        startedAt: new Date(),
      });
      em.persist(created);

      return created;
    });
    const log = this.runtime.logger.child({ importId: job.id, organizationId });

    try {
      await this.consume(organizationId, input, job);
      job.status = 'completed';
    } catch (err) {
      job.status = 'failed';
      log.warn({ err }, 'participant import failed');
      await this.save(job);
      throw err;
    }
    job.finishedAt = new Date();
    await this.save(job);
    log.info(
      { rows: job.rowCount, created: job.createdCount, merged: job.mergedCount, rejected: job.rejectedCount },
      'participant import finished',
    );

    return job;
  }

  private async consume(organizationId: string, input: ImportParticipantsInput, job: ParticipantImport) {
    const { required, map } = presetMappers[input.preset];
    const parser = Readable.from([input.csv]).pipe(
      parse({
        bom: true,
        columns: (header: string[]) => {
          const names = header.map((name) => name.trim());
          const missing = required.filter((name) => !names.includes(name));
          if (missing.length > 0) {
            throw DomainError.invalid(
              'csv header',
              names.join(','),
              `the ${input.preset} preset needs the columns ${missing.map((name) => JSON.stringify(name)).join(', ')}.`,
            );
          }

          return names;
        },
        delimiter: [',', ';', '\t'],
        skip_empty_lines: true,
        relax_column_count: true,
        trim: false,
        info: true,
      }),
    );
    let batch: ParsedRow[] = [];
    for await (const item of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number; records: number } }>) {
      job.rowCount++;
      const person = map(item.record);
      const row = { record: item.info.records, line: this.startLine(item.info.lines, item.record), person };
      if (!normalizeEmail(person.email)) {
        this.reject(job, row, `invalid e-mail ${JSON.stringify(person.email)}`);
        continue;
      }
      batch.push(row);
      if (batch.length >= BATCH_SIZE) {
        await this.flushBatch(organizationId, job, batch);
        batch = [];
      }
    }
    if (batch.length > 0) await this.flushBatch(organizationId, job, batch);
  }

  /** csv-parse reports the line where a record ends; a record with line breaks starts earlier. */
  private startLine(endLine: number, record: Record<string, string>): number {
    const breaks = Object.values(record).reduce((count, value) => count + (value.match(/\n/g)?.length ?? 0), 0);

    return endLine - breaks;
  }

  private reject(job: ParticipantImport, row: Omit<ParsedRow, 'person'>, reason: string): void {
    job.rejectedCount++;
    const rejected: RejectedRow = { record: row.record, line: row.line, reason };
    if (job.rejectedRows.length < 10_000) job.rejectedRows.push(rejected);
  }

  private async flushBatch(organizationId: string, job: ParticipantImport, batch: ParsedRow[]) {
    const results = await this.runtime.transactional(async (em) => {
      const outcomes: boolean[] = [];
      for (const row of batch) {
        const result = await this.participants.upsert(em, organizationId, row.person, [job.ecosystemId], {
          origin: 'import',
        });
        outcomes.push(result.created);
      }

      return outcomes;
    });
    for (const created of results) {
      if (created) job.createdCount++;
      else job.mergedCount++;
    }
    await this.save(job);
  }

  private async save(job: ParticipantImport): Promise<void> {
    await this.runtime.em().nativeUpdate(
      ParticipantImport,
      { id: job.id },
      {
        status: job.status,
        rowCount: job.rowCount,
        createdCount: job.createdCount,
        mergedCount: job.mergedCount,
        rejectedCount: job.rejectedCount,
        rejectedRows: job.rejectedRows,
        finishedAt: job.finishedAt,
      },
    );
  }

  async get(organizationId: string, id: string): Promise<ParticipantImport> {
    const job = await this.runtime.em().findOne(ParticipantImport, { id, organizationId });
    if (!job) throw DomainError.notFound('ParticipantImport', id);

    return job;
  }
}
