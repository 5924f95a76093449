import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, type Identity, organizationOf } from '@alg/service-kit';
import { CampaignMatrixFilter, CampaignMatrixModel } from './matrix.model.js';
import { MatrixService } from './matrix.service.js';

@Resolver(() => CampaignMatrixModel)
export class MatrixResolver {
  constructor(@Inject(MatrixService) private readonly matrix: MatrixService) {}

  @Query(() => CampaignMatrixModel, {
    description: 'The Interaction × Ecosystem × Outcome grid of campaigns, with key results per cell, for a heat map.',
  })
  campaignMatrix(
    @CurrentIdentity() identity: Identity,
    @Args('filter', { type: () => CampaignMatrixFilter, nullable: true }) filter?: CampaignMatrixFilter,
  ) {
    return this.matrix.matrix(organizationOf(identity), filter ?? {});
  }
}
