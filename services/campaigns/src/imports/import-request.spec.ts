import { DomainError } from '@alg/service-kit';
import { importRequestFromQuery } from './import-request.js';

describe('importRequestFromQuery', () => {
  it('reads presets and mappings', () => {
    const request = importRequestFromQuery({ ecosystemId: 'e1', preset: 'HubSpot', delimiter: 'semicolon', 'map.email': 'Mail' }, 12);
    expect(request).toMatchObject({ ecosystemId: 'e1', preset: 'hubspot', delimiter: ';', mapping: { email: ['Mail'] }, totalBytes: 12 });
  });

  it('defaults to the plain preset', () => {
    expect(importRequestFromQuery({ ecosystemId: 'e1' }, null).preset).toBe('plain');
  });

  it.each([
    [{ preset: 'salesforce' }, '"salesforce"'],
    [{ delimiter: 'pipe' }, '"pipe"'],
    [{ 'map.nickname': 'Nick' }, '"nickname"'],
    [{ completionKind: 'webinar' }, '"webinar"'],
    [{ preset: ['plain', 'zoom'] }, 'once'],
  ])('rejects %j', (query, message) => {
    expect(() => importRequestFromQuery(query as Record<string, unknown>, null)).toThrow(DomainError);
    expect(() => importRequestFromQuery(query as Record<string, unknown>, null)).toThrow(message);
  });
});
