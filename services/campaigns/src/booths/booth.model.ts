import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { ConnectionType, PageArgs, SortDirection } from '@alg/service-kit';

@ObjectType('Booth', { description: 'A booth of a campaign whose QR code opens its check-in page.' })
export class BoothModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  campaignId!: string;

  @Field()
  name!: string;

  @Field({ description: 'Check-in page that the QR code opens; a visit records BOOTH_VISITED and opens the share page.' })
  checkInUrl!: string;

  @Field({ description: 'SVG image of the QR code, to print.' })
  qrCodeUrl!: string;

  @Field()
  createdAt!: Date;
}

export const BoothConnection = ConnectionType(BoothModel, 'Booth');

@InputType()
export class CreateBoothInput {
  @Field(() => ID)
  @IsUUID()
  campaignId!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  name!: string;
}

@ArgsType()
export class BoothListArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'By createdAt.' })
  @IsEnum(SortDirection)
  direction!: SortDirection;
}
