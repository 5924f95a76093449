import { randomUUID } from 'node:crypto';
import { DomainError, type EntityManager, ErrorCode, randomBase62, type ServiceRuntime } from '@alg/service-kit';
import type { SecretBox } from './secret-box.js';
import { WebhookSecret } from './webhook-secret.entity.js';

export interface IssuedSecret {
  /** The secret in clear; it is returned here once and never again. */
  secret: string;
  webhookSecret: WebhookSecret;
}

const SECRET_PREFIX = 'whsec_';
const MAX_GRACE_HOURS = 24 * 7;

/**
 * Per-organization webhook signing secrets. An organization has one current
 * secret. Rotating issues a new one and keeps the previous ones valid for a
 * grace period, so the sender can switch without failed deliveries.
 */
export class WebhookSecretService {
  private readonly runtime: ServiceRuntime;
  private readonly box: SecretBox;

  constructor(runtime: ServiceRuntime, box: SecretBox) {
    this.runtime = runtime;
    this.box = box;
  }

  list(organizationId: string): Promise<WebhookSecret[]> {
    return this.runtime.em().find(WebhookSecret, { organizationId }, { orderBy: { createdAt: 'desc' } });
  }

  /** Issues the organization's first secret; rotate replaces an existing one. */
  async create(organizationId: string): Promise<IssuedSecret> {
    return this.runtime.transactional(async (em) => {
      await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`webhook-secret:${organizationId}`]);
      const current = await em.count(WebhookSecret, { organizationId, expiresAt: null });
      if (current > 0) {
        throw new DomainError(ErrorCode.conflict, 'The organization already has a webhook secret; call rotateWebhookSecret to replace it.');
      }

      return this.issue(em, organizationId);
    });
  }

  /** Issues a new secret; the ones it replaces stay valid for graceHours (0 ends them now). */
  async rotate(organizationId: string, graceHours: number): Promise<IssuedSecret> {
    if (!Number.isInteger(graceHours) || graceHours < 0 || graceHours > MAX_GRACE_HOURS) {
      throw DomainError.invalid('graceHours', graceHours, `give whole hours from 0 to ${MAX_GRACE_HOURS}.`);
    }

    return this.runtime.transactional(async (em) => {
      await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`webhook-secret:${organizationId}`]);
      const endsAt = new Date(Date.now() + graceHours * 3_600_000);
      await em.execute(
        `update webhook_secret set expires_at = ? where organization_id = ? and (expires_at is null or expires_at > ?)`,
        [endsAt, organizationId, endsAt],
      );

      return this.issue(em, organizationId);
    });
  }

  /** Ends a secret at once. */
  async revoke(organizationId: string, id: string): Promise<WebhookSecret> {
    return this.runtime.transactional(async (em) => {
      const secret = await em.findOne(WebhookSecret, { id, organizationId });
      if (!secret) throw DomainError.notFound('WebhookSecret', id);
      if (!secret.expiresAt || secret.expiresAt > new Date()) secret.expiresAt = new Date();
      await em.flush();

      return secret;
    });
  }

  /** Decrypts the secrets a delivery may be signed with now. */
  async validSecrets(organizationId: string): Promise<string[]> {
    const rows = await this.runtime.em().execute<{ ciphertext: string }[]>(
      `select ciphertext from webhook_secret where organization_id = ? and (expires_at is null or expires_at > now())`,
      [organizationId],
    );

    return rows.map((row) => this.box.open(row.ciphertext)).filter((secret): secret is string => secret !== null);
  }

  private async issue(em: EntityManager, organizationId: string): Promise<IssuedSecret> {
    const secret = `${SECRET_PREFIX}${randomBase62(40)}`;
    const webhookSecret = em.create(WebhookSecret, {
      id: randomUUID(),
      organizationId,
      ciphertext: this.box.seal(secret),
      hint: secret.slice(-4),
      createdAt: new Date(),
      expiresAt: null,
    });
    em.persist(webhookSecret);
    await em.flush();

    return { secret, webhookSecret };
  }
}
