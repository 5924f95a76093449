import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { DomainError, ErrorCode, paginate, randomBase62, ServiceRuntime, type SortDirection } from '@alg/service-kit';
import { Campaign } from '../campaigns/campaign.entity.js';
import type { CampaignsConfig } from '../config.js';
import { CAMPAIGNS_CONFIG } from '../tokens.js';
import { Booth } from './booth.entity.js';

/** Booth tokens are 16 base62 characters (about 95 bits), printed in the QR code. */
const BOOTH_TOKEN_LENGTH = 16;

@Injectable()
export class BoothService {
  constructor(
    @Inject(ServiceRuntime) private readonly runtime: ServiceRuntime,
    @Inject(CAMPAIGNS_CONFIG) private readonly config: CampaignsConfig,
  ) {}

  checkInUrl(booth: Pick<Booth, 'token'>): string {
    return new URL(`/b/${booth.token}`, this.config.CAMPAIGNS_PUBLIC_URL).href;
  }

  qrCodeUrl(booth: Pick<Booth, 'token'>): string {
    return new URL(`/b/${booth.token}/qr.svg`, this.config.CAMPAIGNS_PUBLIC_URL).href;
  }

  async create(organizationId: string, input: { campaignId: string; name: string }): Promise<Booth> {
    const name = input.name.trim();
    if (!name) throw DomainError.invalid('name', input.name, 'give the booth a name.');
    try {
      return await this.runtime.transactional(async (em) => {
        const campaign = await em.findOne(Campaign, { id: input.campaignId, organizationId });
        if (!campaign) throw DomainError.notFound('Campaign', input.campaignId);
        if (campaign.status === 'ended') {
          throw new DomainError(ErrorCode.invalidState, `Campaign ${campaign.id} has ended; it takes no new booths.`);
        }
        const booth = em.create(Booth, {
          id: randomUUID(),
          organizationId,
          campaignId: campaign.id,
          name,
          token: randomBase62(BOOTH_TOKEN_LENGTH),
          createdAt: new Date(),
        });
        em.persist(booth);

        return booth;
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        throw new DomainError(ErrorCode.conflict, `The campaign already has a booth named ${JSON.stringify(name)}.`, { field: 'name' });
      }
      throw err;
    }
  }

  async delete(organizationId: string, id: string): Promise<Booth> {
    return this.runtime.transactional(async (em) => {
      const booth = await em.findOne(Booth, { id, organizationId });
      if (!booth) throw DomainError.notFound('Booth', id);
      em.remove(booth);

      return booth;
    });
  }

  byToken(token: string): Promise<Booth | null> {
    if (!/^[0-9A-Za-z]{16}$/.test(token)) return Promise.resolve(null);

    return this.runtime.em().findOne(Booth, { token });
  }

  list(organizationId: string, args: { campaignId?: string; first?: number; after?: string; direction: SortDirection }) {
    const where: Record<string, unknown> = { organizationId };
    if (args.campaignId) where.campaignId = args.campaignId;

    return paginate(this.runtime.em(), {
      entity: Booth,
      where,
      sortField: 'createdAt',
      direction: args.direction,
      first: args.first,
      after: args.after,
    });
  }
}
