import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsString, IsUUID, MaxLength } from 'class-validator';
import { graphqlEnum } from '../common/graphql-enum.js';
import { importPresets } from './presets.js';

export const ImportPreset = graphqlEnum(importPresets, 'ImportPreset', 'Known export layouts.');

@ObjectType('RejectedRow')
export class RejectedRowModel {
  @Field(() => Int, { description: 'Record number, 1 for the first data row.' })
  record!: number;

  @Field(() => Int, { description: 'Physical line where the record starts.' })
  line!: number;

  @Field()
  reason!: string;
}

@ObjectType('ParticipantImport')
export class ParticipantImportModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  ecosystemId!: string;

  @Field(() => ImportPreset)
  preset!: string;

  @Field()
  status!: string;

  @Field(() => Int)
  rowCount!: number;

  @Field(() => Int)
  createdCount!: number;

  @Field(() => Int)
  mergedCount!: number;

  @Field(() => Int)
  rejectedCount!: number;

  @Field(() => [RejectedRowModel])
  rejectedRows!: RejectedRowModel[];

  @Field()
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt?: Date;
}

/** Inline CSV content; up to 20 MB. */
@InputType()
export class ImportParticipantsInput {
  @Field(() => ID)
  @IsUUID()
  ecosystemId!: string;

  @Field(() => ImportPreset)
  @IsIn(importPresets)
  preset!: (typeof importPresets)[number];

  @Field({ description: 'The CSV file content, UTF-8, with or without BOM.' })
  @IsString()
  @MaxLength(20_000_000)
  csv!: string;
}
