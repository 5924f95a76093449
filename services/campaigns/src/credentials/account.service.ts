import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, type Identity, normalizeEmail, ServiceRuntime } from '@alg/service-kit';
import { Organization } from '../organizations/organization.entity.js';
import { Account } from './account.entity.js';
import { OrganizationMember } from './organization-member.entity.js';
import { assertPasswordPolicy, hashPassword, verifyPassword } from './password.js';
import { SsoIdentity } from './sso-identity.entity.js';

export type MemberRole = OrganizationMember['role'];

export interface Membership {
  organizationId: string;
  organizationSlug: string;
  organizationName: string;
  role: MemberRole;
}

function userIdentity(account: Account, member: OrganizationMember): Identity {
  return {
    sub: `account:${account.id}`,
    kind: 'user',
    org: member.organizationId,
    role: member.role,
    scopes: member.role === 'viewer' ? ['read'] : ['read', 'write'],
    partnerId: null,
  };
}

/** Console accounts, their memberships, password sign-in and single sign-on. */
@Injectable()
export class AccountService {
  constructor(@Inject(ServiceRuntime) private readonly runtime: ServiceRuntime) {}

  /**
   * Adds a member to the organization, creating the account when the e-mail
   * is new. A password is required for a new account unless it will only
   * sign in through SSO.
   */
  async addMember(
    organizationId: string,
    input: { email: string; displayName: string; role: MemberRole; password?: string | null },
  ): Promise<{ account: Account; member: OrganizationMember }> {
    const email = normalizeEmail(input.email);
    if (!email) throw DomainError.invalid('email', input.email, 'give an address such as ada@example.com.');
    if (input.password) assertPasswordPolicy(input.password);
    const passwordHash = input.password ? await hashPassword(input.password) : null;

    return this.runtime.transactional(async (em) => {
      let account = await em.findOne(Account, { email });
      if (!account) {
        account = em.create(Account, {
          id: randomUUID(),
          email,
          displayName: input.displayName.trim(),
          passwordHash,
          createdAt: new Date(),
          passwordChangedAt: passwordHash ? new Date() : null,
        });
        em.persist(account);
      }
      const existing = await em.findOne(OrganizationMember, { organizationId, accountId: account.id });
      if (existing) {
        throw new DomainError(ErrorCode.conflict, `${email} is already a member of this organization.`, { field: 'email' });
      }
      const member = em.create(OrganizationMember, { organizationId, accountId: account.id, role: input.role, createdAt: new Date() });
      em.persist(member);

      return { account, member };
    });
  }

  async members(organizationId: string) {
    const em = this.runtime.em();
    const members = await em.find(OrganizationMember, { organizationId }, { orderBy: { createdAt: 'asc' } });
    const accounts = await em.find(Account, { id: { $in: members.map((member) => member.accountId) } });

    return members.map((member) => ({ member, account: accounts.find((account) => account.id === member.accountId)! }));
  }

  async changeRole(organizationId: string, accountId: string, role: MemberRole): Promise<OrganizationMember> {
    return this.runtime.transactional(async (em) => {
      const member = await em.findOne(OrganizationMember, { organizationId, accountId });
      if (!member) throw DomainError.notFound('Member', accountId);
      if (member.role === 'admin' && role !== 'admin') await this.assertAnotherAdmin(organizationId, accountId);
      member.role = role;

      return member;
    });
  }

  async removeMember(organizationId: string, accountId: string): Promise<boolean> {
    return this.runtime.transactional(async (em) => {
      const member = await em.findOne(OrganizationMember, { organizationId, accountId });
      if (!member) throw DomainError.notFound('Member', accountId);
      if (member.role === 'admin') await this.assertAnotherAdmin(organizationId, accountId);
      em.remove(member);

      return true;
    });
  }

  private async assertAnotherAdmin(organizationId: string, accountId: string): Promise<void> {
    const admins = await this.runtime.em().count(OrganizationMember, { organizationId, role: 'admin', accountId: { $ne: accountId } });
    if (admins === 0) {
      throw new DomainError(ErrorCode.invalidState, 'An organization keeps at least one admin; make another member admin first.');
    }
  }

  /** Signs in with e-mail and password; with several memberships the slug picks the organization. */
  async login(emailInput: string, password: string, organizationSlug?: string | null): Promise<{ identity: Identity; memberships: Membership[] } | null> {
    const email = normalizeEmail(emailInput);
    const account = email ? await this.runtime.em().findOne(Account, { email }) : null;
    const valid = await verifyPassword(account?.passwordHash, password);
    if (!account || !valid) return null;

    return this.identityFor(account, organizationSlug);
  }

  /**
   * Signs in with a verified OIDC ID token's claims. The (issuer, subject)
   * pair is linked to the account of the same verified e-mail on first use.
   */
  async singleSignOn(claims: { issuer: string; subject: string; email: string | null; emailVerified: boolean }, organizationSlug?: string | null) {
    const em = this.runtime.em();
    const link = await em.findOne(SsoIdentity, { issuer: claims.issuer, subject: claims.subject });
    let account = link ? await em.findOne(Account, { id: link.accountId }) : null;
    if (!account) {
      const email = claims.email && claims.emailVerified ? normalizeEmail(claims.email) : null;
      account = email ? await em.findOne(Account, { email }) : null;
      if (!account) return null;
      // Parallel first sign-ins of one subject race to create the link, so an existing link wins.
      await em.execute(
        `insert into sso_identity (issuer, subject, account_id, created_at) values (?, ?, ?, now()) on conflict do nothing`,
        [claims.issuer, claims.subject, account.id],
      );
    }

    return this.identityFor(account, organizationSlug);
  }

  private async identityFor(account: Account, organizationSlug?: string | null) {
    const em = this.runtime.em();
    const members = await em.find(OrganizationMember, { accountId: account.id });
    if (members.length === 0) return null;
    const organizations = await em.find(Organization, { id: { $in: members.map((member) => member.organizationId) } });
    const memberships = members.map((member) => {
      const organization = organizations.find((candidate) => candidate.id === member.organizationId)!;

      return { organizationId: organization.id, organizationSlug: organization.slug, organizationName: organization.name, role: member.role };
    });
    const chosen = organizationSlug
      ? memberships.find((membership) => membership.organizationSlug === organizationSlug)
      : memberships[0];
    if (!chosen) return null;
    const member = members.find((candidate) => candidate.organizationId === chosen.organizationId)!;

    return { identity: userIdentity(account, member), memberships };
  }
}
