import { hash, verify } from '@node-rs/argon2';
import { DomainError } from '@alg/service-kit';

/** argon2id (algorithm 2) with 19 MiB of memory and 2 passes, the OWASP baseline for argon2id. */
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

export function assertPasswordPolicy(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw DomainError.invalid('password', '<hidden>', `use at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  if ([...password].length > 256) {
    throw DomainError.invalid('password', '<hidden>', 'use at most 256 characters.');
  }
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

/** A hash of a random password, verified against when no account exists, so timing does not reveal accounts. */
let decoyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    decoyHash ??= hashPassword('decoy password that matches nothing');
    await verify(await decoyHash, password).catch(() => false);

    return false;
  }

  return verify(passwordHash, password).catch(() => false);
}
