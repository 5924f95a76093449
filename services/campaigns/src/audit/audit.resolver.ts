import { Inject } from '@nestjs/common';
import { Args, ArgsType, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';
import { ConnectionType, CurrentIdentity, type Identity, organizationOf, PageArgs, RequireRole } from '@alg/service-kit';
import { AuditService } from './audit.service.js';

@ObjectType('AuditEntry')
export class AuditEntryModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Who: account:<id> or api_key:<id>.' })
  actor!: string;

  @Field()
  actorKind!: string;

  @Field({ description: 'What: the operation name.' })
  operation!: string;

  @Field(() => [String], { description: 'The mutation fields it called.' })
  fields!: string[];

  @Field()
  outcome!: string;

  @Field(() => [String])
  errorCodes!: string[];

  @Field(() => String, { nullable: true, description: 'From where: the client address the gateway saw.' })
  clientAddress?: string | null;

  @Field(() => String, { nullable: true })
  requestId?: string | null;

  @Field({ description: 'When.' })
  occurredAt!: Date;
}

const AuditEntryConnection = ConnectionType(AuditEntryModel, 'AuditEntry');

@ArgsType()
class AuditLogArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only the changes of this actor.' })
  @IsOptional()
  @IsString()
  actor?: string;
}

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(@Inject(AuditService) private readonly audit: AuditService) {}

  @Query(() => AuditEntryConnection, { description: 'Changes made by console users and keys, newest first.' })
  @RequireRole('admin')
  auditLog(@CurrentIdentity() identity: Identity, @Args() args: AuditLogArgs) {
    return this.audit.list(organizationOf(identity), args);
  }
}
