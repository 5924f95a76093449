import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, type Identity, organizationOf, RequireRole } from '@alg/service-kit';
import type { StoredPointsConfig } from './points-config.repository.js';
import { PointsConfigInput, PointsConfigModel } from './points-config.model.js';
import { PointsConfigService } from './points-config.service.js';

function toModel(config: StoredPointsConfig): PointsConfigModel {
  const points = config.conversionPoints;

  return {
    ...config,
    conversionPoints: {
      registration: points.registration,
      lead: points.lead,
      demoRequest: points.demo_request,
      attendance: points.attendance,
      pipeline: points.pipeline,
    },
  };
}

@Resolver(() => PointsConfigModel)
export class PointsConfigResolver {
  constructor(@Inject(PointsConfigService) private readonly configs: PointsConfigService) {}

  @Query(() => PointsConfigModel, { description: "The organization's points configuration." })
  async pointsConfig(@CurrentIdentity() identity: Identity) {
    return toModel(await this.configs.get(organizationOf(identity)));
  }

  @Mutation(() => PointsConfigModel, {
    description: 'Replaces the points configuration and recomputes every advocate, in one transaction; admins only.',
  })
  @RequireRole('admin')
  async updatePointsConfig(@CurrentIdentity() identity: Identity, @Args('input') input: PointsConfigInput) {
    const stored = await this.configs.update(
      organizationOf(identity),
      {
        sharePoints: input.sharePoints,
        reachPointsPerDecade: input.reachPointsPerDecade,
        clickPoints: input.clickPoints,
        conversionPoints: {
          registration: input.conversionPoints.registration,
          lead: input.conversionPoints.lead,
          demo_request: input.conversionPoints.demoRequest,
          attendance: input.conversionPoints.attendance,
          pipeline: input.conversionPoints.pipeline,
        },
        levels: input.levels.map((level) => ({ name: level.name, minPoints: level.minPoints })),
      },
      identity.sub,
    );

    return toModel(stored);
  }
}
