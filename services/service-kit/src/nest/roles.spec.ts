import { randomUUID } from 'node:crypto';
import { DomainError } from '../errors/domain-error.js';
import type { Identity } from '../identity/identity.js';
import { assertAccess, participantExportAccess } from './roles.js';

const admin: Identity = { sub: 'api_key:a', kind: 'api_key', org: randomUUID(), role: 'admin', scopes: ['read', 'write'], partnerId: null };

function rejection(identity: Identity | undefined, requirement = participantExportAccess): DomainError {
  try {
    assertAccess(identity, requirement);
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('assertAccess accepted the identity');
}

describe('assertAccess', () => {
  it('accepts an admin for the export', () => {
    expect(assertAccess(admin, participantExportAccess)).toBe(admin);
  });

  it('accepts an operator by rank', () => {
    const operator: Identity = { ...admin, kind: 'operator', org: null, role: 'operator' };
    expect(assertAccess(operator, participantExportAccess)).toBe(operator);
  });

  it('rejects lower roles naming the role', () => {
    for (const role of ['viewer', 'editor'] as const) {
      const error = rejection({ ...admin, role });
      expect(error.code).toBe('FORBIDDEN');
      expect(error.message).toContain('admin role');
      expect(error.details).toEqual({ requiredRole: 'admin' });
    }
  });

  it('rejects a key without the scope', () => {
    const error = rejection({ ...admin, scopes: ['conversions'] });
    expect(error.code).toBe('FORBIDDEN');
    expect(error.details).toEqual({ requiredScope: 'read' });
  });

  it('rejects partner keys unless partner-readable', () => {
    const partner: Identity = { ...admin, kind: 'partner', role: 'viewer', scopes: ['read'], partnerId: 'Acme' };
    expect(rejection(partner, { role: 'viewer', scope: 'read' }).code).toBe('FORBIDDEN');
    expect(assertAccess(partner, { role: 'viewer', scope: 'read', partnerReadable: true })).toBe(partner);
  });

  it('lets write pass a conversions check', () => {
    expect(assertAccess({ ...admin, role: 'editor', scopes: ['write'] }, { role: 'editor', scope: 'conversions' }).role).toBe('editor');
  });

  it('rejects a missing identity', () => {
    expect(rejection(undefined).code).toBe('UNAUTHENTICATED');
  });
});
