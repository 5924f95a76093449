import { Directive, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { conversionKinds, networks } from '@alg/service-kit';
import { graphqlEnum } from '../graphql/graphql-enum.js';
import { ignoredClickReasons } from '../ledger/facts.js';
import { AdvocateScoreModel } from '../scores/score.model.js';

// The same names, values and descriptions as in the campaigns and tracking subgraphs.
const NetworkEnum = graphqlEnum(networks, 'Network', 'Where a participant shares.');
const ConversionKindEnum = graphqlEnum(conversionKinds, 'ConversionKind', 'What a tracked visitor did.');
const IgnoredClickReasonEnum = graphqlEnum(
  ignoredClickReasons,
  'IgnoredClickReason',
  'Why clicks earned no points: a link preview, a bot, the advocate themselves, or a repeat within 24 hours.',
);

/** The campaigns subgraph owns ParticipantExport; scoring adds its section, which needs the e-mail hash. */
@ObjectType('ParticipantExport')
@Directive('@key(fields: "participantId")')
export class ParticipantExportReference {
  @Field(() => ID)
  participantId!: string;

  @Field()
  @Directive('@external')
  emailHash!: string;
}

@ObjectType('ExportedCampaignScore', { description: 'Points and credited activity in one campaign.' })
export class ExportedCampaignScoreModel {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => Float)
  points!: number;

  @Field(() => Int)
  shares!: number;

  @Field(() => Int, { description: 'Networks shared on.' })
  networks!: number;

  @Field(() => Float)
  potentialReach!: number;

  @Field(() => Int)
  uniqueClicks!: number;

  @Field(() => Int, { description: 'Credited conversions.' })
  conversions!: number;

  @Field(() => Date, { nullable: true, description: 'When the activity that reached the points happened.' })
  pointsReachedAt!: Date | null;
}

@ObjectType('ExportedShareCredit', { description: 'Shares credited on one network of a campaign.' })
export class ExportedShareCreditModel {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => NetworkEnum)
  network!: string;

  @Field(() => Int)
  shares!: number;

  @Field(() => Float, { description: 'Largest audience reported on the network.' })
  networkSize!: number;

  @Field()
  firstSharedAt!: Date;
}

@ObjectType('ExportedClickCredit', {
  description: "Unique human clicks credited in one campaign; the visitors' own hashes are left out.",
})
export class ExportedClickCreditModel {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => Int, { description: 'Distinct visitors credited.' })
  visitors!: number;

  @Field(() => Int, { description: 'Unique human clicks of those visitors.' })
  clicks!: number;

  @Field()
  firstClickedAt!: Date;
}

@ObjectType('ExportedIgnoredClicks', { description: 'Clicks in one campaign that earned no points, by reason.' })
export class ExportedIgnoredClicksModel {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => IgnoredClickReasonEnum)
  reason!: string;

  @Field(() => Int)
  clicks!: number;
}

@ObjectType('ExportedConversionCredit')
export class ExportedConversionCreditModel {
  @Field(() => ID)
  conversionId!: string;

  @Field(() => ID)
  campaignId!: string;

  @Field(() => ConversionKindEnum)
  kind!: string;

  @Field(() => Float, { description: 'Value in the campaign currency.' })
  value!: number;

  @Field()
  credited!: boolean;

  @Field()
  selfReferral!: boolean;

  @Field()
  convertedAt!: Date;
}

@ObjectType('ParticipantScoringExport', { description: 'What the scoring service stores about the participant.' })
export class ParticipantScoringExportModel {
  @Field(() => AdvocateScoreModel, { nullable: true, description: 'Score, level and badges; null until the participant has earned points.' })
  score!: AdvocateScoreModel | null;

  @Field(() => [ExportedCampaignScoreModel])
  campaignScores!: ExportedCampaignScoreModel[];

  @Field(() => [ExportedShareCreditModel])
  shareCredits!: ExportedShareCreditModel[];

  @Field(() => [ExportedClickCreditModel])
  clickCredits!: ExportedClickCreditModel[];

  @Field(() => [ExportedIgnoredClicksModel])
  ignoredClicks!: ExportedIgnoredClicksModel[];

  @Field(() => [ExportedConversionCreditModel], {
    description: "Conversions through the participant's links; who converted is left out, because that is another person's data.",
  })
  conversionCredits!: ExportedConversionCreditModel[];

  @Field(() => [ExportedConversionCreditModel], { description: 'Conversions the participant made, found by their e-mail hash.' })
  conversionsMade!: ExportedConversionCreditModel[];
}
