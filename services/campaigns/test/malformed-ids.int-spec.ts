/**
 * Integration: ids that are no UUID, on real PostgreSQL. Every ID argument
 * that maps to a uuid column returns BAD_USER_INPUT naming the argument,
 * and a malformed id that still reaches PostgreSQL is reported the same way
 * instead of as an internal error.
 */
import { jest } from '@jest/globals';
import { createGraphqlErrorFormatter, createLogger } from '@alg/service-kit';
import { type Caller, type CampaignsApp, failure, newOrganization, startCampaigns } from './support/campaigns-app.js';

jest.setTimeout(60_000);

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

let app: CampaignsApp;
let api: Caller;

beforeAll(async () => {
  app = await startCampaigns();
  ({ api } = await newOrganization(app, 'Id Org'));
});

afterAll(async () => {
  await app?.close();
});

describe('ID arguments', () => {
  const operations: [string, string][] = [
    ['id', `{ participant(id: "nope") { id } }`],
    ['id', `{ campaign(id: "nope") { id } }`],
    ['id', `{ participantExport(id: "nope") { participantId } }`],
    ['id', `mutation { eraseParticipant(id: "nope") { id } }`],
    ['id', `{ team(id: "nope") { id } }`],
    ['id', `{ ecosystem(id: "nope") { id } }`],
    ['id', `{ interaction(id: "nope") { id } }`],
    ['id', `{ invitation(id: "nope") { id } }`],
    ['id', `{ participantImport(id: "nope") { id } }`],
    ['id', `mutation { launchCampaign(id: "nope") { id } }`],
    ['id', `mutation { deleteBooth(id: "nope") { id } }`],
    ['id', `mutation { disableCompletionWebhook(id: "nope") { id } }`],
    ['accountId', `mutation { removeMember(accountId: "nope") }`],
    ['ecosystemIds[1]', `mutation { addParticipantToEcosystems(id: "${UNKNOWN}", ecosystemIds: ["${UNKNOWN}", "nope"]) { id } }`],
    ['ecosystemId', `mutation { removeParticipantFromEcosystem(id: "${UNKNOWN}", ecosystemId: "nope") { id } }`],
  ];

  it.each(operations)('rejects malformed %s in %s', async (argument, query) => {
    const error = await failure(api.request(query));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(`Invalid ${argument} "nope"`);
    expect(error.message).toContain('an id is a UUID');
  });

  it('keeps NOT_FOUND for an unknown UUID', async () => {
    const error = await failure(api.request(`{ participant(id: "${UNKNOWN}") { id } }`));
    expect(error.code).toBe('NOT_FOUND');
  });

  it('rejects malformed input fields', async () => {
    const error = await failure(api.request(`mutation { createBooth(input: { campaignId: "nope", name: "Hall A" }) { id } }`));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('campaignId must be a UUID');
  });
});

describe('malformed id reaching PostgreSQL', () => {
  it('formats as BAD_USER_INPUT', async () => {
    const postgresError = await app.runtime
      .em()
      .execute(`select ?::uuid as id`, ['nope'])
      .then(
        () => null,
        (err: unknown) => err,
      );
    expect(postgresError).not.toBeNull();
    const format = createGraphqlErrorFormatter(createLogger('campaigns-test', 'silent'));
    const formatted = format({ message: 'raw', path: ['participant'] }, { originalError: postgresError });
    expect(formatted.extensions?.code).toBe('BAD_USER_INPUT');
    expect(formatted.message).toContain('Invalid id "nope"');
    expect(formatted.message).toContain('an id is a UUID');
  });
});
