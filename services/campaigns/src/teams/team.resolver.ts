import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, type Identity, organizationOf, UuidArg } from '@alg/service-kit';
import { CreateTeamInput, TeamConnection, TeamListArgs, TeamModel, UpdateTeamInput } from './team.model.js';
import { TeamService } from './team.service.js';

@Resolver(() => TeamModel)
export class TeamResolver {
  constructor(@Inject(TeamService) private readonly teamService: TeamService) {}

  @Query(() => TeamConnection)
  teams(@CurrentIdentity() identity: Identity, @Args() args: TeamListArgs) {
    return this.teamService.list(organizationOf(identity), args);
  }

  @Query(() => TeamModel)
  team(@CurrentIdentity() identity: Identity, @UuidArg('id') id: string) {
    return this.teamService.get(organizationOf(identity), id);
  }

  @Mutation(() => TeamModel)
  createTeam(@CurrentIdentity() identity: Identity, @Args('input') input: CreateTeamInput) {
    return this.teamService.create(organizationOf(identity), input);
  }

  @Mutation(() => TeamModel)
  updateTeam(
    @CurrentIdentity() identity: Identity,
    @UuidArg('id') id: string,
    @Args('input') input: UpdateTeamInput,
  ) {
    return this.teamService.update(organizationOf(identity), id, input);
  }

  @Mutation(() => TeamModel, { description: 'Deletes a team; its campaigns are left without an owning team.' })
  deleteTeam(@CurrentIdentity() identity: Identity, @UuidArg('id') id: string) {
    return this.teamService.delete(organizationOf(identity), id);
  }
}
