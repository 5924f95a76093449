import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('WebhookSecret', { description: 'A key conversion webhooks are signed with; its value is shown only when issued.' })
export class WebhookSecretModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Last four characters of the secret.' })
  hint!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When signatures with it stop being accepted; null while it is current.' })
  expiresAt!: Date | null;

  @Field({ description: 'Whether deliveries signed with it are accepted now.' })
  active!: boolean;
}

@ObjectType('IssuedWebhookSecret')
export class IssuedWebhookSecretModel {
  @Field({ description: 'The secret in clear. It is shown this once; store it in the sending system now.' })
  secret!: string;

  @Field(() => WebhookSecretModel)
  webhookSecret!: WebhookSecretModel;

  @Field({ description: 'Where to POST signed conversions: HMAC-SHA256 of "<unix seconds>.<raw body>" in X-Alg-Signature: t=<seconds>,v1=<hex>, and a unique X-Alg-Delivery id.' })
  endpoint!: string;
}
