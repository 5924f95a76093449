// A stand-in for the Apollo Federation gateway, for browser tests of the
// admin console while the real gateway is not available. It executes
// operations with graphql-js against the campaigns subgraph's SDL, extended
// with Campaign.leaderboard. Campaign.metrics is left out until enableMetrics
// is called, so that the console's "metrics unavailable" state is exercised.

import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, graphql, GraphQLError, parse, validate, visit, type ExecutionResult } from 'graphql';

/** The one API key that the stub accepts until revokeKey is called. */
export const VALID_API_KEY = 'alg_AbCdEf012345_0123456789abcdefghijABCDEFGHIJ01';

export const ORGANIZATION = {
  id: 'org-1',
  name: 'Acme Events',
  slug: 'acme-events',
  timeZone: 'Europe/Paris',
  createdAt: '2025-01-02T08:00:00.000Z',
};

export const CAMPAIGN_COUNT = 60;

/** Alias limit of the real gateway's operation limits. */
const MAX_ALIASES = 30;
export const PARTICIPANT_COUNT = 30;

/** An operation that the stub received, for assertions on request counts. */
export interface RecordedOperation {
  operationName: string;
  variables: Record<string, unknown>;
}

export interface StubGateway {
  /** Base URL without /graphql, as the console's config expects. */
  url: string;
  operations: RecordedOperation[];
  /** Adds Campaign.metrics to the schema, as the tracking subgraph will. */
  enableMetrics(): void;
  revokeKey(): void;
  close(): Promise<void>;
}

const LEADERBOARD_SDL = `
extend type Campaign {
  leaderboard(first: Int): [LeaderboardEntry!]!
}

type LeaderboardEntry {
  rank: Int!
  points: Int!
  participant: Participant!
}
`;

const METRICS_SDL = `
extend type Campaign {
  metrics: CampaignMetrics
}

type CampaignMetrics {
  invited: Int!
  activated: Int!
  activationRate: Float!
  activationTarget: Float!
  targetMet: Boolean!
  shares: Int!
  potentialReach: Int!
  clicks: Int!
  uniqueClicks: Int!
  previews: Int!
  conversions: Int!
  registrations: Int!
  costPerRegistration: Float
  currency: String!
}
`;

interface Row {
  id: string;
  [field: string]: unknown;
}

function isoDate(dayOffset: number): string {
  return new Date(Date.UTC(2025, 2, 1 + dayOffset, 9, 30)).toISOString();
}

function notFound(type: string, id: string): GraphQLError {
  return new GraphQLError(`${type} ${JSON.stringify(id)} was not found.`, { extensions: { code: 'NOT_FOUND' } });
}

function encodeCursor(index: number): string {
  return Buffer.from(`offset:${index}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (match === null) {
    throw new GraphQLError(`Invalid cursor ${JSON.stringify(cursor)}.`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return Number(match[1]);
}

/** Returns one page of a Relay connection, with the subgraph's 1 to 500 page size rule. */
function connection<T extends Row>(rows: readonly T[], args: { first?: number | null; after?: string | null }) {
  const first = args.first ?? 50;
  if (first < 1 || first > 500) {
    throw new GraphQLError(`Invalid first ${first}: use 1 to 500.`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const start = args.after ? decodeCursor(args.after) + 1 : 0;
  const slice = rows.slice(start, start + first);
  const edges = slice.map((node, index) => ({ cursor: encodeCursor(start + index), node }));
  return {
    edges,
    nodes: slice,
    totalCount: rows.length,
    pageInfo: {
      hasNextPage: start + first < rows.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

function buildData() {
  const ecosystems: Row[] = [
    { id: 'eco-1', name: 'Customers', kind: 'USER_COMMUNITY', partnerName: null, createdAt: isoDate(0) },
    { id: 'eco-2', name: 'Partner resellers', kind: 'PARTNER_NETWORK', partnerName: 'Globex', createdAt: isoDate(1) },
    { id: 'eco-3', name: 'Summit attendees', kind: 'EVENT_ATTENDEES', partnerName: null, createdAt: isoDate(2) },
  ];
  const interactions: Row[] = [
    {
      id: 'int-1',
      name: 'Spring Summit',
      kind: 'EVENT',
      venue: 'HYBRID',
      startsAt: isoDate(40),
      endsAt: isoDate(41),
      timeZone: 'Europe/Paris',
      createdAt: isoDate(3),
    },
    {
      id: 'int-2',
      name: 'Certification program',
      kind: 'CERTIFICATION_OR_COURSE',
      venue: null,
      startsAt: null,
      endsAt: null,
      timeZone: 'UTC',
      createdAt: isoDate(4),
    },
  ];
  const statuses = ['DRAFT', 'SCHEDULED', 'LIVE', 'ENDED'];
  const participants: Row[] = Array.from({ length: PARTICIPANT_COUNT }, (_, index) => ({
    id: `par-${index + 1}`,
    email: `person${index + 1}@example.com`,
    firstName: `Person${index + 1}`,
    lastName: 'Example',
    company: index % 3 === 0 ? null : 'Initech',
    title: 'Engineer',
    ecosystems: [ecosystems[index % ecosystems.length], ecosystems[(index + 1) % ecosystems.length]],
    lineage:
      index === 1
        ? { origin: 'CONVERSION', sourceCampaignId: 'cmp-1', sourceAdvocateId: 'par-1' }
        : { origin: 'IMPORT', sourceCampaignId: null, sourceAdvocateId: null },
    createdAt: isoDate(10 + index),
  }));
  const campaigns: Row[] = Array.from({ length: CAMPAIGN_COUNT }, (_, index) => ({
    id: `cmp-${index + 1}`,
    name: `Campaign ${index + 1}`,
    interaction: interactions[index % interactions.length],
    ecosystem: ecosystems[index % ecosystems.length],
    outcome: 'EVENT_REGISTRATION',
    status: statuses[index % statuses.length],
    cost: 1250.5,
    currency: 'EUR',
    activationTarget: 0.2,
    destinationUrl: 'https://example.com/summit',
    allowedHosts: ['example.com'],
    fallbackUrl: null,
    attributionWindowDays: 30,
    invitationWindowDays: 14,
    registrantEcosystem: ecosystems[2],
    shareKit: [
      { network: 'LINKEDIN', template: 'I just attended {interactionName}! {link}' },
      { network: 'X', template: 'Join me at {interactionName} {link}' },
    ],
    metrics: {
      invited: 120,
      activated: 30,
      activationRate: 0.25,
      activationTarget: 0.2,
      targetMet: true,
      shares: 45,
      potentialReach: 18250,
      clicks: 900,
      uniqueClicks: 640,
      previews: 210,
      conversions: 52,
      registrations: 48,
      costPerRegistration: index === 0 ? 26.05 : null,
      currency: 'EUR',
    },
    launchedAt: index % 4 >= 2 ? isoDate(20) : null,
    endedAt: index % 4 === 3 ? isoDate(30) : null,
    createdAt: isoDate(60 - index),
    leaderboard: ({ first }: { first?: number | null }) =>
      participants.slice(0, Math.min(first ?? 10, 3)).map((participant, rank) => ({
        rank: rank + 1,
        points: 300 - rank * 100,
        participant,
      })),
  }));
  return { ecosystems, interactions, participants, campaigns };
}

function findById(rows: readonly Row[], type: string, id: string): Row {
  const row = rows.find((candidate) => candidate.id === id);
  if (row === undefined) {
    throw notFound(type, id);
  }
  return row;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function isLoopbackOrigin(origin: string | undefined): origin is string {
  return origin !== undefined && /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(origin);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/** Starts the stub on a free loopback port. */
export async function startStubGateway(): Promise<StubGateway> {
  const sdl = readFileSync(new URL('../../services/campaigns/schema.graphql', import.meta.url), 'utf8');
  let schema = buildSchema(sdl + LEADERBOARD_SDL);
  const data = buildData();
  const operations: RecordedOperation[] = [];
  let keyRevoked = false;

  const rootValue = {
    organization: () => ORGANIZATION,
    campaigns: (args: { first?: number; after?: string; status?: string; ecosystemId?: string }) =>
      connection(
        data.campaigns.filter(
          (campaign) =>
            (args.status == null || campaign.status === args.status) &&
            (args.ecosystemId == null || (campaign.ecosystem as Row).id === args.ecosystemId),
        ),
        args,
      ),
    campaign: ({ id }: { id: string }) => findById(data.campaigns, 'Campaign', id),
    participants: (args: { first?: number; after?: string; ecosystemId?: string }) =>
      connection(
        data.participants.filter(
          (participant) =>
            args.ecosystemId == null ||
            (participant.ecosystems as Row[]).some((ecosystem) => ecosystem.id === args.ecosystemId),
        ),
        args,
      ),
    participant: ({ id }: { id: string }) => findById(data.participants, 'Participant', id),
    ecosystems: (args: { first?: number; after?: string }) => connection(data.ecosystems, args),
    ecosystem: ({ id }: { id: string }) => findById(data.ecosystems, 'Ecosystem', id),
    interactions: (args: { first?: number; after?: string }) => connection(data.interactions, args),
    interaction: ({ id }: { id: string }) => findById(data.interactions, 'Interaction', id),
    createEcosystem: ({ input }: { input: { name: string; kind: string; partnerName?: string | null } }) => {
      if (data.ecosystems.some((ecosystem) => ecosystem.name === input.name)) {
        throw new GraphQLError(`An ecosystem named ${JSON.stringify(input.name)} already exists.`, {
          extensions: { code: 'BAD_USER_INPUT', field: 'name' },
        });
      }
      const created: Row = {
        id: `eco-${data.ecosystems.length + 1}`,
        name: input.name,
        kind: input.kind,
        partnerName: input.partnerName ?? null,
        createdAt: new Date().toISOString(),
      };
      data.ecosystems.push(created);
      return created;
    },
  };

  async function handleGraphQL(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const authorization = request.headers.authorization ?? '';
    if (keyRevoked || authorization !== `Bearer ${VALID_API_KEY}`) {
      sendJson(response, 401, {
        errors: [{ message: 'The API key is invalid or has been revoked.', extensions: { code: 'UNAUTHENTICATED' } }],
      });
      return;
    }
    const body = JSON.parse(await readBody(request)) as { query: string; variables?: Record<string, unknown> };
    const operationName = /^\s*(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? 'anonymous';
    operations.push({ operationName, variables: body.variables ?? {} });

    // The real gateway rejects operations with more than 30 aliases.
    const document = parse(body.query);
    let aliases = 0;
    visit(document, {
      Field: (field) => {
        aliases += field.alias === undefined ? 0 : 1;
      },
    });
    if (aliases > MAX_ALIASES) {
      sendJson(response, 200, {
        errors: [{ message: `The operation uses ${aliases} aliases.`, extensions: { code: 'TOO_MANY_ALIASES' } }],
      });
      return;
    }

    // Validation errors get the code and the HTTP 400 that @apollo/server 5 gives them (its ValidationError).
    const validationErrors = validate(schema, document);
    if (validationErrors.length > 0) {
      sendJson(response, 400, {
        errors: validationErrors.map((error) => ({
          message: error.message,
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        })),
      });
      return;
    }
    const result: ExecutionResult = await graphql({
      schema,
      source: body.query,
      rootValue,
      variableValues: body.variables ?? {},
    });
    sendJson(response, 200, result);
  }

  const server = createServer((request, response) => {
    const origin = request.headers.origin;
    if (isLoopbackOrigin(origin)) {
      response.setHeader('access-control-allow-origin', origin);
      response.setHeader('vary', 'origin');
      response.setHeader('access-control-allow-headers', 'authorization, content-type');
      response.setHeader('access-control-allow-methods', 'POST, OPTIONS');
    }
    if (request.method === 'OPTIONS') {
      response.writeHead(204);
      response.end();
      return;
    }
    if (request.method !== 'POST' || request.url !== '/graphql') {
      sendJson(response, 404, { message: 'Only POST /graphql is served.' });
      return;
    }
    handleGraphQL(request, response).catch((error: unknown) => {
      sendJson(response, 500, { errors: [{ message: String(error), extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    operations,
    enableMetrics: () => {
      schema = buildSchema(sdl + LEADERBOARD_SDL + METRICS_SDL);
    },
    revokeKey: () => {
      keyRevoked = true;
    },
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
