import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { roles } from '@alg/service-kit';
import { graphqlEnum } from '../common/graphql-enum.js';

export const ApiKeyRole = graphqlEnum(
  roles.filter((role) => role !== 'operator'),
  'ApiKeyRole',
  'Role an API key acts with inside its organization.',
);

export const ApiKeyScope = graphqlEnum(['read', 'write', 'conversions'], 'ApiKeyScope', 'What an API key may do.');

@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  slug!: string;

  @Field({ description: 'IANA time zone; periods start at local midnight in it.' })
  timeZone!: string;

  @Field()
  createdAt!: Date;
}

@ObjectType('ApiKey')
export class ApiKeyModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => ApiKeyRole)
  role!: string;

  @Field(() => [ApiKeyScope])
  scopes!: string[];

  @Field(() => String, { nullable: true, description: 'Partner whose ecosystems a partner-portal key reads.' })
  partnerName?: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  revokedAt?: Date;
}

@ObjectType()
export class CreatedApiKey {
  @Field(() => ApiKeyModel)
  apiKey!: ApiKeyModel;

  @Field({ description: 'The secret key, shown only in this response.' })
  secret!: string;
}

@ObjectType()
export class CreatedOrganization {
  @Field(() => OrganizationModel)
  organization!: OrganizationModel;

  @Field(() => CreatedApiKey, { description: 'The first admin key of the organization.' })
  adminKey!: CreatedApiKey;
}

@InputType()
export class FirstAdminInput {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  displayName!: string;

  @Field({ description: 'At least 12 characters.' })
  @IsString()
  password!: string;
}

@InputType()
export class CreateOrganizationInput {
  @Field()
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field({ description: 'URL-safe identifier: lower-case letters, digits and dashes, 2 to 63 characters.' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,62}$/, {
    message: 'slug must be 2 to 63 lower-case letters, digits or dashes, starting with a letter or digit',
  })
  slug!: string;

  @Field({ defaultValue: 'UTC' })
  @IsString()
  timeZone!: string;

  @Field(() => FirstAdminInput, { nullable: true, description: 'A console user who becomes the first admin.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => FirstAdminInput)
  firstAdmin?: FirstAdminInput;
}

@InputType()
export class CreateApiKeyInput {
  @Field()
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field(() => ApiKeyRole, { nullable: true, description: 'EDITOR when omitted; partner-portal keys are VIEWER.' })
  @IsOptional()
  @IsIn(['viewer', 'editor', 'admin'])
  role?: 'viewer' | 'editor' | 'admin' | null;

  @Field(() => [ApiKeyScope], {
    nullable: true,
    description: 'READ and WRITE when omitted; READ for partner-portal keys.',
  })
  @IsOptional()
  @IsIn(['read', 'write', 'conversions'], { each: true })
  scopes?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Makes a read-only partner-portal key for the partner of that name.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  partnerName?: string;
}
