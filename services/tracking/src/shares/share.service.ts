import { randomUUID } from 'node:crypto';
import { DomainError, type EntityManager, ErrorCode, type Network, type ServiceRuntime } from '@alg/service-kit';
import { TrackedLink } from '../links/tracked-link.entity.js';
import { Share, type ShareSource } from './share.entity.js';

export interface ShareInput {
  invitationId: string;
  network: Network;
  /** Connections or followers now; the link's size from the invitation when left out. */
  networkSize?: number | null;
  sharedAt?: Date | null;
}

export interface IntentResult {
  share: Share;
  /** False when the same link had a share within the deduplication window, which is returned instead. */
  recorded: boolean;
}

const MAX_NETWORK_SIZE = 1_000_000_000;
/** Share buttons fire more than once per click (double clicks, retries); one share per link in this window. */
export const INTENT_DEDUP_SECONDS = 10;

function checkNetworkSize(value: number | null | undefined): void {
  if (value === null || value === undefined) return;
  if (!Number.isInteger(value) || value < 0 || value > MAX_NETWORK_SIZE) {
    throw DomainError.invalid('networkSize', value, 'give the number of connections or followers, from 0 to 1000000000.');
  }
}

/** Records that an invited participant shared their post on a network. */
export class ShareService {
  private readonly runtime: ServiceRuntime;

  constructor(runtime: ServiceRuntime) {
    this.runtime = runtime;
  }

  /** Records a share reported through the integrator API. */
  async record(organizationId: string, input: ShareInput): Promise<Share> {
    checkNetworkSize(input.networkSize);
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
          ErrorCode.notFound,
          `Invitation ${JSON.stringify(input.invitationId)} has no ${input.network} link; check the id and that the campaign's share kit has a ${input.network} post.`,
          { field: 'invitationId' },
        );
      }
      const networkSize = input.networkSize ?? link.networkSize;
      if (networkSize === null || networkSize === undefined) {
        throw DomainError.invalid(
          'networkSize',
          null,
          `the participant's ${input.network} audience size is not known; pass networkSize with the share.`,
        );
      }

      return this.insert(em, link, networkSize, sharedAt, 'api');
    });
  }

  /**
   * Records a share reported by a share button of the share page. The link
   * row is locked, so a burst of intents for one code records one share. A
   * size the page does not send falls back to the link's, then to 0.
   */
  async recordIntent(code: string, networkSize: number | null | undefined): Promise<IntentResult> {
    checkNetworkSize(networkSize);

    return this.runtime.transactional(async (em) => {
      const locked = await em.execute<{ code: string }[]>(`select code from tracked_link where code = ? for update`, [code]);
      if (locked.length === 0) {
        throw new DomainError(ErrorCode.notFound, `Link code ${JSON.stringify(code)} does not exist; share the link from your invitation.`, {
          field: 'code',
        });
      }
      const link = await em.findOneOrFail(TrackedLink, { code });
      const recent = await em.findOne(
        Share,
        { linkCode: code, sharedAt: { $gt: new Date(Date.now() - INTENT_DEDUP_SECONDS * 1_000) } },
        { orderBy: { sharedAt: 'desc' } },
      );
      if (recent) return { share: recent, recorded: false };

      return { share: await this.insert(em, link, networkSize ?? link.networkSize ?? 0, new Date(), 'intent'), recorded: true };
    });
  }

  private async insert(em: EntityManager, link: TrackedLink, networkSize: number, sharedAt: Date, source: ShareSource): Promise<Share> {
    const share = em.create(Share, {
      id: randomUUID(),
      organizationId: link.organizationId,
      campaignId: link.campaignId,
      participantId: link.participantId,
      invitationId: link.invitationId,
      network: link.network,
      linkCode: link.code,
      source,
      networkSize,
      sharedAt,
    });
    em.persist(share);
    await em.flush();
    this.runtime.outbox.add(em, {
      type: 'share.recorded',
      organizationId: link.organizationId,
      key: link.participantId,
      subject: share.id,
      data: {
        shareId: share.id,
        campaignId: link.campaignId,
        participantId: link.participantId,
        network: link.network,
        networkSize,
        sharedAt: sharedAt.toISOString(),
      },
    });

    return share;
  }
}
