import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canAccess, parseRole } from './permissions.ts';

describe('canAccess', () => {
  it('lets viewers read only', () => {
    assert.equal(canAccess('viewer', 'list', 'campaigns'), true);
    assert.equal(canAccess('viewer', 'create', 'campaigns'), false);
    assert.equal(canAccess('viewer', 'delete', 'ecosystems'), false);
  });

  it('lets editors write programs', () => {
    assert.equal(canAccess('editor', 'edit', 'participants'), true);
    assert.equal(canAccess('editor', 'list', 'api-keys'), false);
  });

  it('keeps admin resources for admins', () => {
    assert.equal(canAccess('admin', 'create', 'members'), true);
    assert.equal(canAccess('admin', 'list', 'audit-log'), true);
    assert.equal(canAccess('viewer', 'list', 'members.email'), false);
  });

  it('keeps data exports for admins', () => {
    assert.equal(canAccess('admin', 'export', 'participant-exports'), true);
    assert.equal(canAccess('editor', 'export', 'participant-exports'), false);
    assert.equal(canAccess('viewer', 'export', 'participant-exports'), false);
  });

  it('keeps erasure for admins', () => {
    assert.equal(canAccess('admin', 'erase', 'participant-erasures'), true);
    assert.equal(canAccess('editor', 'erase', 'participant-erasures'), false);
    assert.equal(canAccess('viewer', 'erase', 'participant-erasures'), false);
  });
});

describe('parseRole', () => {
  it('reads any case and defaults low', () => {
    assert.equal(parseRole('ADMIN'), 'admin');
    assert.equal(parseRole('operator'), 'viewer');
    assert.equal(parseRole(undefined), 'viewer');
  });
});
