import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { roles } from '@alg/service-kit';
import { graphqlEnum } from '../common/graphql-enum.js';

export const ApiKeyRole = graphqlEnum(
  roles.filter((role) => role !== 'operator'),
  'ApiKeyRole',
  'Role an API key acts with inside its organization.',
);

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
}

@InputType()
export class CreateApiKeyInput {
  @Field()
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field(() => ApiKeyRole, { defaultValue: 'editor' })
  @IsOptional()
  @IsIn(['viewer', 'editor', 'admin'])
  role!: 'viewer' | 'editor' | 'admin';
}
