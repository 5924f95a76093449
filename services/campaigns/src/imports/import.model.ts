import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ConnectionType, PageArgs, SortDirection } from '@alg/service-kit';
import { graphqlEnum } from '../common/graphql-enum.js';
import { CompletionKind } from '../completions/completion.model.js';
import { completionKinds } from '../completions/completion.entity.js';
import { EcosystemModel } from '../ecosystems/ecosystem.model.js';
import { importFields } from './column-mapping.js';
import { rowOutcomes } from './import-row.entity.js';
import { importFormats, importStatuses } from './participant-import.entity.js';
import { importPresets } from './presets.js';

export const ImportPreset = graphqlEnum(importPresets, 'ImportPreset', 'Known export layouts; CUSTOM reads only the given mapping.');
export const ImportFormat = graphqlEnum(importFormats, 'ImportFormat', 'CSV, or JSON as an array of objects or one object per line.');
export const ImportField = graphqlEnum(importFields, 'ImportField', 'Participant fields an import column can fill.');
export const ImportRowOutcome = graphqlEnum(rowOutcomes, 'ImportRowOutcome', 'What happened to one record of an import.');
export const ImportStatus = graphqlEnum(importStatuses, 'ImportStatus', 'State of an import job.');

export const delimiterNames = ['comma', 'semicolon', 'tab'] as const;
export const Delimiter = graphqlEnum(delimiterNames, 'Delimiter', 'Field separator of a CSV file.');
export const delimiterChars: Record<(typeof delimiterNames)[number], ',' | ';' | '\t'> = { comma: ',', semicolon: ';', tab: '\t' };

@ObjectType('RejectedRow')
export class RejectedRowModel {
  @Field(() => Int, { description: 'Record number, 1 for the first data row.' })
  record!: number;

  @Field(() => Int, { description: 'Physical line where the record starts.' })
  line!: number;

  @Field()
  reason!: string;
}

@ObjectType('ImportRow', { description: 'The outcome of one record of an import.' })
export class ImportRowModel {
  @Field(() => Int)
  record!: number;

  @Field(() => Int)
  line!: number;

  @Field(() => ImportRowOutcome)
  outcome!: string;

  @Field(() => ID, { nullable: true, description: 'The participant created or merged into.' })
  participantId?: string | null;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

export const ImportRowConnection = ConnectionType(ImportRowModel, 'ImportRow');

@ObjectType('ParticipantImport')
export class ParticipantImportModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  ecosystemId!: string;

  @Field(() => EcosystemModel)
  ecosystem!: EcosystemModel;

  @Field(() => ID, { nullable: true, description: 'Campaign whose completion moments the rows are.' })
  campaignId?: string | null;

  @Field(() => CompletionKind, { nullable: true })
  completionKind?: string | null;

  @Field(() => ImportPreset)
  preset!: string;

  @Field(() => ImportFormat)
  format!: string;

  @Field(() => Delimiter, { nullable: true, description: 'Given or detected, for CSV.' })
  delimiter?: string | null;

  @Field(() => String, { nullable: true })
  fileName?: string | null;

  @Field({ description: 'running, completed or failed.' })
  status!: string;

  @Field(() => String, { nullable: true, description: 'Why a failed import stopped.' })
  error?: string | null;

  @Field(() => Float, { description: 'Bytes of the file read so far.' })
  bytesRead!: number;

  @Field(() => Float, { nullable: true, description: 'Size of the file when the client announced it.' })
  totalBytes?: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of the file read, from 0 to 1, when its size is known.' })
  progress?: number | null;

  @Field(() => Int)
  rowCount!: number;

  @Field(() => Int)
  createdCount!: number;

  @Field(() => Int)
  mergedCount!: number;

  @Field(() => Int)
  rejectedCount!: number;

  @Field(() => Int, { description: 'Valid rows the preset leaves out, such as Zoom registrants who did not attend.' })
  skippedCount!: number;

  @Field(() => [RejectedRowModel])
  rejectedRows!: RejectedRowModel[];

  @Field(() => String, { nullable: true, description: 'SHA-256 of the file.' })
  contentSha256?: string | null;

  @Field(() => ParticipantImportModel, { nullable: true, description: 'An earlier completed import of the same file.' })
  previousImport?: ParticipantImportModel | null;

  @Field()
  startedAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt?: Date | null;
}

export const ParticipantImportConnection = ConnectionType(ParticipantImportModel, 'ParticipantImport');

@InputType()
export class ColumnMappingInput {
  @Field(() => ImportField)
  @IsIn(importFields)
  field!: (typeof importFields)[number];

  @Field({ description: 'Column name in the file (or key in a JSON object), matched without regard to case.' })
  @IsString()
  @Length(1, 200)
  column!: string;
}

/** Inline file content; large files go to the upload endpoint POST /v1/imports instead. */
@InputType()
export class ImportParticipantsInput {
  @Field(() => ID, { nullable: true, description: "Ecosystem the participants join; the campaign's when omitted." })
  @IsOptional()
  @IsUUID()
  ecosystemId?: string;

  @Field(() => ImportPreset)
  @IsIn(importPresets)
  preset!: (typeof importPresets)[number];

  @Field(() => String, { nullable: true, description: 'The file content, UTF-8, with or without BOM (CSV or JSON).' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000_000)
  csv?: string;

  @Field(() => ImportFormat, { nullable: true, description: 'Detected from the content when omitted.' })
  @IsOptional()
  @IsIn(importFormats)
  format?: (typeof importFormats)[number];

  @Field(() => Delimiter, { nullable: true, description: 'Detected from the first lines when omitted.' })
  @IsOptional()
  @IsIn(delimiterNames)
  delimiter?: (typeof delimiterNames)[number];

  @Field(() => [ColumnMappingInput], { defaultValue: [], description: "Columns to read, over the preset's own." })
  @ValidateNested({ each: true })
  @Type(() => ColumnMappingInput)
  @ArrayMaxSize(50)
  mapping!: ColumnMappingInput[];

  @Field(() => ID, { nullable: true, description: 'Makes every row a completion moment of this campaign.' })
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @Field(() => CompletionKind, { nullable: true })
  @IsOptional()
  @IsIn(completionKinds)
  completionKind?: (typeof completionKinds)[number];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 255)
  fileName?: string;
}

@ArgsType()
export class ParticipantImportListArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ecosystemId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @Field(() => [ImportStatus], { nullable: true })
  @IsOptional()
  @IsIn(importStatuses, { each: true })
  statuses?: (typeof importStatuses)[number][];

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: 'By startedAt; newest first by default.' })
  @IsEnum(SortDirection)
  direction!: SortDirection;
}

@ArgsType()
export class ImportRowArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 1000; default 100.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  first?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  after?: string;

  @Field(() => [ImportRowOutcome], { nullable: true })
  @IsOptional()
  @IsIn(rowOutcomes, { each: true })
  outcomes?: (typeof rowOutcomes)[number][];
}
