import { Inject } from '@nestjs/common';
import { Args, ArgsType, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { raw } from '@mikro-orm/core';
import {
  ConnectionType,
  CurrentIdentity,
  DomainError,
  ErrorCode,
  type Identity,
  organizationOf,
  PageArgs,
  paginate,
  PartnerReadable,
  ServiceRuntime,
  SortDirection,
} from '@alg/service-kit';
import { Participant } from '../participants/participant.entity.js';

/**
 * A participant as a partner portal receives it: the fields the participant
 * consented to share with partners, never the e-mail address.
 */
@ObjectType('PartnerParticipant')
export class PartnerParticipantModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => String, { nullable: true })
  company?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;
}

const PartnerParticipantConnection = ConnectionType(PartnerParticipantModel, 'PartnerParticipant');

@ArgsType()
class PartnerParticipantArgs extends PageArgs {}

@Resolver(() => PartnerParticipantModel)
export class PartnerParticipantResolver {
  constructor(@Inject(ServiceRuntime) private readonly runtime: ServiceRuntime) {}

  /**
   * Lists the participants of the partner's ecosystems who consented to
   * partner sharing. Only partner-portal keys may call it.
   */
  @Query(() => PartnerParticipantConnection)
  @PartnerReadable()
  partnerParticipants(@CurrentIdentity() identity: Identity, @Args() args: PartnerParticipantArgs) {
    const organizationId = organizationOf(identity);
    const partnerName = identity.partnerId;
    if (identity.kind !== 'partner' || !partnerName) {
      throw new DomainError(ErrorCode.forbidden, 'partnerParticipants is for partner-portal keys; use participants instead.');
    }
    const where = () => ({
      organizationId,
      consentPartnerSharing: true,
      erasedAt: null,
      [raw(
        (alias) =>
          `${alias}.id in (select m.participant_id from ecosystem_membership m
             join ecosystem e on e.id = m.ecosystem_id
            where e.organization_id = ? and e.partner_name = ?)`,
        [organizationId, partnerName],
      )]: [],
    });

    return paginate(this.runtime.em(), {
      entity: Participant,
      where: where as never,
      sortField: 'createdAt',
      direction: SortDirection.ASC,
      first: args.first,
      after: args.after,
    }).then((connection) => {
      const strip = (participant: Participant): PartnerParticipantModel => ({
        id: participant.id,
        firstName: participant.firstName,
        lastName: participant.lastName,
        company: participant.company,
        title: participant.title,
      });

      return {
        ...connection,
        nodes: connection.nodes.map(strip),
        edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: strip(edge.node) })),
      };
    });
  }
}
