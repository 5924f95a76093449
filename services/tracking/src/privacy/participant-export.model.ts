import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { conversionKindEnum, networkEnum, shareSourceEnum } from '../graphql/enums.js';

export const conversionChannelEnum = { API: 'api', PUBLIC: 'public', SNIPPET: 'snippet', WEBHOOK: 'webhook' } as const;
registerEnumType(conversionChannelEnum, {
  name: 'ConversionChannel',
  description: 'How a conversion arrived: the GraphQL API, the public endpoint, the browser snippet or a signed webhook.',
});

/** The campaigns subgraph owns ParticipantExport; tracking adds its section, which needs the e-mail hash. */
@ObjectType('ParticipantExport')
@Directive('@key(fields: "participantId")')
export class ParticipantExportReference {
  @Field(() => ID)
  participantId!: string;

  @Field()
  @Directive('@external')
  emailHash!: string;
}

@ObjectType('ExportedTrackedLink')
export class ExportedTrackedLinkModel {
  @Field()
  code!: string;

  @Field(() => networkEnum)
  network!: string;

  @Field()
  url!: string;

  @Field(() => ID)
  campaignId!: string;

  @Field(() => ID)
  invitationId!: string;

  @Field(() => Int, { nullable: true, description: "The participant's audience on the network when invited, if known." })
  networkSize!: number | null;

  @Field()
  createdAt!: Date;
}

@ObjectType('ExportedShare')
export class ExportedShareModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  campaignId!: string;

  @Field(() => ID)
  invitationId!: string;

  @Field(() => networkEnum)
  network!: string;

  @Field(() => Int, { description: 'Audience the participant reported for the share.' })
  networkSize!: number;

  @Field(() => shareSourceEnum)
  source!: string;

  @Field()
  sharedAt!: Date;
}

@ObjectType('ExportedLinkClicks', {
  description: "Requests for one of the participant's links, counted by kind; visitors' own hashes are left out.",
})
export class ExportedLinkClicksModel {
  @Field()
  linkCode!: string;

  @Field(() => ID)
  campaignId!: string;

  @Field(() => networkEnum)
  network!: string;

  @Field(() => Int, { description: 'Clicks by people other than the participant.' })
  humanClicks!: number;

  @Field(() => Int, { description: 'Human clicks by distinct visitors per link within 24 hours.' })
  uniqueClicks!: number;

  @Field(() => Int, { description: 'Clicks by the participant on their own link.' })
  selfClicks!: number;

  @Field(() => Int, { description: 'Link previews by social networks and messengers.' })
  previews!: number;

  @Field(() => Int)
  bots!: number;

  @Field()
  firstClickedAt!: Date;

  @Field()
  lastClickedAt!: Date;
}

@ObjectType('ExportedConversion')
export class ExportedConversionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  campaignId!: string;

  @Field(() => conversionKindEnum)
  kind!: string;

  @Field(() => Float, { description: 'Value in the campaign currency.' })
  value!: number;

  @Field({ description: 'ISO 4217 code of the campaign currency.' })
  currency!: string;

  @Field()
  credited!: boolean;

  @Field()
  selfReferral!: boolean;

  @Field({ description: "False when it came after the campaign's attribution window had closed." })
  withinWindow!: boolean;

  @Field(() => conversionChannelEnum)
  channel!: string;

  @Field({ description: 'Link code of the credited, last touch.' })
  lastTouchCode!: string;

  @Field()
  convertedAt!: Date;
}

@ObjectType('ExportedBrowser', { description: "A browser seen on the participant's share page." })
export class ExportedBrowserModel {
  @Field({
    description:
      'SHA-256 of the day’s salt, the client address and the user agent. The salt is deleted after two days, after which the hash matches nothing.',
  })
  visitorHash!: string;

  @Field()
  seenAt!: Date;
}

@ObjectType('ParticipantTrackingExport', { description: 'What the tracking service stores about the participant.' })
export class ParticipantTrackingExportModel {
  @Field(() => [ExportedTrackedLinkModel])
  trackedLinks!: ExportedTrackedLinkModel[];

  @Field(() => [ExportedShareModel])
  shares!: ExportedShareModel[];

  @Field(() => [ExportedLinkClicksModel], { description: "Clicks on the participant's links, one entry per link." })
  clicks!: ExportedLinkClicksModel[];

  @Field(() => [ExportedConversionModel], {
    description: "Conversions through the participant's links; who converted is left out, because that is another person's data.",
  })
  conversionsCredited!: ExportedConversionModel[];

  @Field(() => [ExportedConversionModel], { description: 'Conversions the participant made, found by their e-mail hash.' })
  conversionsMade!: ExportedConversionModel[];

  @Field(() => [ExportedBrowserModel], { description: 'Browsers seen as the participant’s, to recognise their own clicks.' })
  browsersSeen!: ExportedBrowserModel[];
}
