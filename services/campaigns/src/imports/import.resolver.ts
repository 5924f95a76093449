import { Readable } from 'node:stream';
import { Inject } from '@nestjs/common';
import { Args, Float, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, DomainError, type Identity, organizationOf, UuidArg } from '@alg/service-kit';
import { EcosystemModel } from '../ecosystems/ecosystem.model.js';
import { EcosystemService } from '../ecosystems/ecosystem.service.js';
import type { ColumnMapping } from './column-mapping.js';
import {
  Delimiter,
  delimiterChars,
  ImportParticipantsInput,
  ImportRowArgs,
  ImportRowConnection,
  ParticipantImportConnection,
  ParticipantImportListArgs,
  ParticipantImportModel,
  RejectedRowModel,
} from './import.model.js';
import { ImportQueryService } from './import-query.service.js';
import { ImportService } from './import.service.js';
import type { ParticipantImport } from './participant-import.entity.js';

const delimiterNameOf: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

@Resolver(() => ParticipantImportModel)
export class ImportResolver {
  constructor(
    @Inject(ImportService) private readonly imports: ImportService,
    @Inject(ImportQueryService) private readonly queries: ImportQueryService,
    @Inject(EcosystemService) private readonly ecosystems: EcosystemService,
  ) {}

  @Mutation(() => ParticipantImportModel, {
    description: 'Imports participants from an inline CSV or JSON export; POST /v1/imports streams large files.',
  })
  importParticipants(@CurrentIdentity() identity: Identity, @Args('input') input: ImportParticipantsInput) {
    if (input.csv === undefined) throw DomainError.invalid('csv', null, 'give the file content.');
    const mapping: ColumnMapping = {};
    for (const { field, column } of input.mapping) mapping[field] = [...(mapping[field] ?? []), column];

    return this.imports.run(
      organizationOf(identity),
      {
        ecosystemId: input.ecosystemId,
        campaignId: input.campaignId,
        completionKind: input.completionKind,
        preset: input.preset,
        format: input.format,
        delimiter: input.delimiter ? delimiterChars[input.delimiter] : null,
        mapping: input.mapping.length ? mapping : null,
        fileName: input.fileName,
        totalBytes: Buffer.byteLength(input.csv),
      },
      Readable.from([Buffer.from(input.csv)]),
    );
  }

  @Query(() => ParticipantImportModel)
  participantImport(@CurrentIdentity() identity: Identity, @UuidArg('id') id: string) {
    return this.imports.get(organizationOf(identity), id);
  }

  @Query(() => ParticipantImportConnection)
  participantImports(@CurrentIdentity() identity: Identity, @Args() args: ParticipantImportListArgs) {
    return this.queries.list(organizationOf(identity), args);
  }

  @ResolveField(() => EcosystemModel)
  ecosystem(@Parent() job: ParticipantImport) {
    return this.ecosystems.get(job.organizationId, job.ecosystemId);
  }

  @ResolveField(() => Delimiter, { nullable: true })
  delimiter(@Parent() job: ParticipantImport) {
    return job.delimiter ? delimiterNameOf[job.delimiter] : null;
  }

  @ResolveField(() => Float, { nullable: true })
  progress(@Parent() job: ParticipantImport) {
    if (job.status !== 'running') return 1;

    return job.totalBytes ? Math.min(1, Number(job.bytesRead) / Number(job.totalBytes)) : null;
  }

  @ResolveField(() => [RejectedRowModel])
  rejectedRows(
    @Parent() job: ParticipantImport,
    @Args('first', { type: () => Int, defaultValue: 1000, description: 'At most this many, in record order.' }) first: number,
  ) {
    return this.queries.rejected(job.id, Math.min(Math.max(first, 1), 10_000));
  }

  @ResolveField(() => ImportRowConnection)
  rows(@Parent() job: ParticipantImport, @Args() args: ImportRowArgs) {
    return this.queries.rows(job.id, args);
  }

  @ResolveField(() => ParticipantImportModel, { nullable: true })
  previousImport(@Parent() job: ParticipantImport) {
    return this.imports.previous(job);
  }
}
