import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, type Identity, organizationOf } from '@alg/service-kit';
import { MaturityLevelModel } from './maturity.model.js';
import { MaturityService } from './maturity.service.js';

@Resolver()
export class MaturityResolver {
  constructor(@Inject(MaturityService) private readonly maturity: MaturityService) {}

  @Query(() => MaturityLevelModel, { description: "The organization's maturity level, computed from its data, with evidence and what is missing." })
  maturityLevel(@CurrentIdentity() identity: Identity) {
    return this.maturity.assess(organizationOf(identity));
  }
}
