import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { parse, type OperationDefinitionNode } from 'graphql';
import { createLogger, type Identity } from '@alg/service-kit';
import { type AuditContext, auditPlugin, isAudited, rootFieldsOf } from './audit.plugin.js';

const typeDefs = `
  type Query { organization: String, participantExport(id: ID!): String }
  type Mutation { eraseParticipant(id: ID!): String }
`;
const resolvers = {
  Query: { organization: () => 'org', participantExport: () => 'document' },
  Mutation: { eraseParticipant: () => 'erased' },
};

function operationOf(text: string) {
  const document = parse(text);
  const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition') as OperationDefinitionNode;

  return { document, operation };
}

describe('rootFieldsOf', () => {
  it('lists plain root fields once', () => {
    const { document, operation } = operationOf('{ organization a: organization participantExport(id: "1") }');
    expect(rootFieldsOf(operation, document)).toEqual(['organization', 'participantExport']);
  });

  it('expands fragments on the root type', () => {
    const { document, operation } = operationOf(`
      query { ... on Query { organization } ...Export }
      fragment Export on Query { participantExport(id: "1") }
    `);
    expect(rootFieldsOf(operation, document)).toEqual(['organization', 'participantExport']);
  });

  it('stops at a fragment cycle', () => {
    const { document, operation } = operationOf(`
      query { ...A }
      fragment A on Query { organization ...B }
      fragment B on Query { ...A }
    `);
    expect(rootFieldsOf(operation, document)).toEqual(['organization']);
  });
});

describe('isAudited', () => {
  it('audits every mutation', () => {
    const { operation } = operationOf('mutation { eraseParticipant(id: "1") }');
    expect(isAudited(operation, ['eraseParticipant'])).toBe(true);
  });

  it('audits a query of an audited field', () => {
    const { operation } = operationOf('{ participantExport(id: "1") }');
    expect(isAudited(operation, ['participantExport'])).toBe(true);
  });

  it('skips other queries', () => {
    const { operation } = operationOf('{ organization }');
    expect(isAudited(operation, ['organization'])).toBe(false);
  });
});

describe('auditPlugin', () => {
  const entries: Record<string, unknown>[] = [];
  const server = new ApolloServer<AuditContext>({
    typeDefs,
    resolvers,
    plugins: [auditPlugin<AuditContext>(async (entry) => void entries.push(entry), createLogger('spec', 'silent'))],
  });
  const identity: Identity = { sub: 'api_key:k1', kind: 'api_key', org: randomUUID(), role: 'admin', scopes: ['read'], partnerId: null };
  const context = (overrides: Partial<Identity> = {}): AuditContext => ({
    identity: { ...identity, ...overrides },
    requestId: 'request-1',
    clientAddress: '127.0.0.1',
  });

  beforeAll(async () => {
    await server.start();
  });

  afterAll(async () => {
    await server.stop();
  });

  beforeEach(() => {
    entries.length = 0;
  });

  it('records an export query with its actor', async () => {
    await server.executeOperation({ query: 'query Export { participantExport(id: "1") }' }, { contextValue: context() });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      organizationId: identity.org,
      actor: 'api_key:k1',
      operation: 'Export',
      fields: ['participantExport'],
      outcome: 'succeeded',
      requestId: 'request-1',
    });
  });

  it('records an export hidden in a fragment', async () => {
    await server.executeOperation(
      { query: 'query { ...Export } fragment Export on Query { participantExport(id: "1") }' },
      { contextValue: context() },
    );
    expect(entries.map((entry) => entry.fields)).toEqual([['participantExport']]);
  });

  it('records no other query', async () => {
    await server.executeOperation({ query: '{ organization }' }, { contextValue: context() });
    expect(entries).toEqual([]);
  });

  it('records nothing without an organization', async () => {
    await server.executeOperation({ query: '{ participantExport(id: "1") }' }, { contextValue: context({ org: null, kind: 'operator' }) });
    expect(entries).toEqual([]);
  });
});
