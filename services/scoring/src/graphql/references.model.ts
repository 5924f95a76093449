import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** The campaigns subgraph owns Participant; scoring adds fields to it. */
@ObjectType('Participant')
@Directive('@key(fields: "id")')
export class ParticipantReference {
  @Field(() => ID)
  id!: string;
}

/** The campaigns subgraph owns Campaign; scoring adds fields to it. */
@ObjectType('Campaign')
@Directive('@key(fields: "id")')
export class CampaignReference {
  @Field(() => ID)
  id!: string;
}

export const participantRef = (id: string): ParticipantReference => ({ id });
export const campaignRef = (id: string): CampaignReference => ({ id });
