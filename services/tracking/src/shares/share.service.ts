import { randomUUID } from 'node:crypto';
import { DomainError, type Network, type ServiceRuntime } from '@alg/service-kit';
import { TrackedLink } from '../links/tracked-link.entity.js';
import { Share } from './share.entity.js';

export interface ShareInput {
  invitationId: string;
  network: Network;
  networkSize: number;
  sharedAt?: Date;
}

/** Records that an invited participant shared their post on a network. */
export class ShareService {
  constructor(private readonly runtime: ServiceRuntime) {}

  async record(organizationId: string, input: ShareInput): Promise<Share> {
    if (!Number.isInteger(input.networkSize) || input.networkSize < 0) {
      throw DomainError.invalid('networkSize', input.networkSize, 'give the number of connections or followers, 0 or more.');
    }
    const sharedAt = input.sharedAt ?? new Date();
    if (sharedAt.getTime() > Date.now() + 5 * 60_000) {
      throw DomainError.invalid('sharedAt', sharedAt.toISOString(), 'a share cannot be in the future.');
    }

    return this.runtime.transactional(async (em) => {
      const link = await em.findOne(TrackedLink, {
        invitationId: input.invitationId,
        network: input.network,
        organizationId,
      });
      if (!link) {
        throw new DomainError(
          'NOT_FOUND',
          `Invitation ${JSON.stringify(input.invitationId)} has no ${input.network} link; check the id and that the campaign's share kit has a ${input.network} post.`,
          { field: 'invitationId' },
        );
      }
      const share = em.create(Share, {
        id: randomUUID(),
        organizationId,
        campaignId: link.campaignId,
        participantId: link.participantId,
        invitationId: link.invitationId,
        network: input.network,
        networkSize: input.networkSize,
        sharedAt,
      });
      em.persist(share);
      await em.flush();
      this.runtime.outbox.add(em, {
        type: 'share.recorded',
        organizationId,
        key: link.participantId,
        subject: share.id,
        data: {
          shareId: share.id,
          campaignId: link.campaignId,
          participantId: link.participantId,
          network: input.network,
          networkSize: input.networkSize,
          sharedAt: sharedAt.toISOString(),
        },
      });

      return share;
    });
  }
}
