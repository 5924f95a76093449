import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, type Identity, organizationOf, RequireRole, UuidArg } from '@alg/service-kit';
import { ApiKeyRole } from '../organizations/organization.model.js';
import { AccountService } from './account.service.js';
import { AddMemberInput, MemberModel } from './member.model.js';

@Resolver(() => MemberModel)
export class MemberResolver {
  constructor(@Inject(AccountService) private readonly accounts: AccountService) {}

  @Query(() => [MemberModel])
  @RequireRole('admin')
  async members(@CurrentIdentity() identity: Identity): Promise<MemberModel[]> {
    const rows = await this.accounts.members(organizationOf(identity));

    return rows.map(({ member, account }) => ({
      accountId: account.id,
      email: account.email,
      displayName: account.displayName,
      role: member.role,
      createdAt: member.createdAt,
    }));
  }

  @Mutation(() => MemberModel)
  @RequireRole('admin')
  async addMember(@CurrentIdentity() identity: Identity, @Args('input') input: AddMemberInput): Promise<MemberModel> {
    const { account, member } = await this.accounts.addMember(organizationOf(identity), input);

    return { accountId: account.id, email: account.email, displayName: account.displayName, role: member.role, createdAt: member.createdAt };
  }

  @Mutation(() => Boolean)
  @RequireRole('admin')
  changeMemberRole(
    @CurrentIdentity() identity: Identity,
    @UuidArg('accountId') accountId: string,
    @Args('role', { type: () => ApiKeyRole }) role: 'viewer' | 'editor' | 'admin',
  ) {
    return this.accounts.changeRole(organizationOf(identity), accountId, role).then(() => true);
  }

  @Mutation(() => Boolean)
  @RequireRole('admin')
  removeMember(@CurrentIdentity() identity: Identity, @UuidArg('accountId') accountId: string) {
    return this.accounts.removeMember(organizationOf(identity), accountId);
  }
}
