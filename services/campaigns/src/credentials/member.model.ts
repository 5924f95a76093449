import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { ApiKeyRole } from '../organizations/organization.model.js';

@ObjectType('Member', { description: 'A console user of the organization and their role.' })
export class MemberModel {
  @Field(() => ID)
  accountId!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => ApiKeyRole)
  role!: string;

  @Field()
  createdAt!: Date;
}

@InputType()
export class AddMemberInput {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  displayName!: string;

  @Field(() => ApiKeyRole)
  @IsIn(['viewer', 'editor', 'admin'])
  role!: 'viewer' | 'editor' | 'admin';

  @Field(() => String, { nullable: true, description: 'Initial password, 12 characters or more; omit for SSO-only users.' })
  @IsOptional()
  @IsString()
  password?: string;
}
