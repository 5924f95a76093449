import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { ConnectionType, PageArgs, SortDirection } from '@alg/service-kit';

@ObjectType('CompletionWebhook', { description: 'Where a provider delivers signed completion moments.' })
export class WebhookEndpointModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => ID, { nullable: true, description: 'Campaign of deliveries that name none.' })
  campaignId?: string | null;

  @Field({ description: 'Address the provider posts to.' })
  url!: string;

  @Field(() => Date, { nullable: true, description: 'Until when the secret before the last rotation is still accepted.' })
  previousSecretExpiresAt?: Date | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  rotatedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  disabledAt?: Date | null;
}

export const WebhookEndpointConnection = ConnectionType(WebhookEndpointModel, 'CompletionWebhook');

@ArgsType()
export class WebhookEndpointListArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  includeDisabled!: boolean;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'By createdAt.' })
  @IsEnum(SortDirection)
  direction!: SortDirection;
}

@ObjectType('CompletionWebhookSecret')
export class WebhookEndpointSecret {
  @Field(() => WebhookEndpointModel)
  endpoint!: WebhookEndpointModel;

  @Field({ description: 'The signing secret, shown only in this response.' })
  secret!: string;
}

@InputType('CreateCompletionWebhookInput')
export class CreateWebhookEndpointInput {
  @Field()
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  campaignId?: string;
}

@InputType('RotateCompletionWebhookSecretInput')
export class RotateWebhookSecretInput {
  @Field(() => Int, { defaultValue: 24, description: 'Hours during which the old secret stays valid, 0 to 720.' })
  @IsInt()
  @Min(0)
  @Max(720)
  previousSecretValidHours!: number;
}
