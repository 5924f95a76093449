import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { createLogger, type Identity, IDENTITY_HEADER, normalizeClientAddress, runMain, signIdentity } from '@alg/service-kit';
import { type AuditContext, auditPlugin } from './audit/audit.plugin.js';
import { authRoutes } from './auth/auth.routes.js';
import { authenticateRequest, graphqlErrorResponder, identityOf, restErrorResponder } from './auth/authenticate-request.js';
import { LoginRateLimiter } from './auth/login-rate-limiter.js';
import { OidcVerifier } from './auth/oidc-verifier.js';
import { SessionTokens } from './auth/session-tokens.js';
import { Authenticator } from './authenticator.js';
import { importProxy } from './imports/import-proxy.js';
import { formatGatewayError } from './errors/format-gateway-error.js';
import { requestErrorHandler } from './errors/request-body-errors.js';
import { defaultLimits } from './limits/operation-limits.js';
import { introspectionDisabledRule } from './limits/introspection-rule.js';
import { operationLimitsPlugin } from './limits/limits.plugin.js';
import { chargeOperation, createRateLimiters } from './limits/rate-limits.js';
import { loadGatewayConfig } from './config.js';

const VERSION = '0.1.0';

interface GatewayContext extends AuditContext {
  identity: Identity;
  requestId: string;
}

async function main(): Promise<void> {
  const config = loadGatewayConfig();
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const supergraphPath = resolve(dirname(fileURLToPath(import.meta.url)), '../supergraph.graphql');
  const supergraphSdl = await readFile(supergraphPath, 'utf8');
  const urls: Record<string, string> = {
    campaigns: config.CAMPAIGNS_URL,
    tracking: config.TRACKING_URL,
    scoring: config.SCORING_URL,
  };

  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url: urls[name],
        willSendRequest: async ({ request, context }) => {
          // Subgraphs reject requests without this token, so only the gateway reaches them.
          request.http?.headers.set(IDENTITY_HEADER, await signIdentity(context.identity, config.INTERNAL_TOKEN_SECRET));
          request.http?.headers.set('x-request-id', context.requestId);
        },
      }),
  });
  const sessions = new SessionTokens(config.SESSION_SECRET, config.SESSION_TTL_MINUTES);
  const authenticator = new Authenticator(config, sessions, logger.child({ component: 'authenticator' }));
  const oidc = config.OIDC_ISSUER
    ? new OidcVerifier(config.OIDC_ISSUER, config.OIDC_AUDIENCE, config.OIDC_JWKS_URL, { requireNonce: config.OIDC_REQUIRE_NONCE })
    : null;
  const limiters = createRateLimiters(config);
  const charge = chargeOperation(limiters);
  const server = new ApolloServer<GatewayContext>({
    gateway,
    // Apollo's own introspection rule stays out; introspectionDisabledRule
    // does its work with a message that names the variable.
    introspection: true,
    validationRules: config.GRAPHQL_INTROSPECTION ? [] : [introspectionDisabledRule],
    includeStacktraceInErrorResponses: false,
    // Batched HTTP requests stay off (the Apollo Server default), so one
    // request is one operation and the limits below apply to each.
    allowBatchedHttpRequests: false,
    formatError: formatGatewayError(logger.child({ component: 'graphql' })),
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      operationLimitsPlugin<GatewayContext>(defaultLimits, (context, measure, operationType) =>
        charge(context.identity, measure, operationType),
      ),
      auditPlugin<GatewayContext>((entry) => authenticator.callInternal('audit', entry), logger.child({ component: 'audit' })),
    ],
  });
  await server.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  app.use(
    '/auth',
    cors({ origin: config.CORS_ORIGINS, allowedHeaders: ['content-type'], maxAge: 600 }),
    authRoutes({
      authenticator,
      sessions,
      oidc,
      limiter: new LoginRateLimiter(config.RATE_LIMIT_SIGN_INS, config.RATE_LIMIT_WINDOW_SECONDS),
      logger: logger.child({ component: 'auth' }),
    }),
  );
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  // Browsers may read the rate-limit headers of cross-origin responses.
  const apiCors = cors({
    origin: config.CORS_ORIGINS,
    allowedHeaders: ['authorization', 'content-type'],
    exposedHeaders: ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After'],
    maxAge: 600,
  });
  const authLogger = logger.child({ component: 'authenticator' });
  // Authentication and the request limits read headers only, so they run
  // before a body of up to 25 MB is parsed.
  app.use(
    '/graphql',
    apiCors,
    authenticateRequest({ authenticator, limiters, logger: authLogger, respond: graphqlErrorResponder }),
    express.json({ limit: '25mb' }),
    expressMiddleware(server, {
      context: async ({ req, res }) => ({
        identity: identityOf(res),
        requestId: (req.headers['x-request-id'] as string | undefined) ?? crypto.randomUUID(),
        clientAddress: normalizeClientAddress(req.ip),
      }),
    }),
    requestErrorHandler({ respond: graphqlErrorResponder, limit: '25 MiB', logger: logger.child({ component: 'graphql' }) }),
  );

  // Streams participant import files to the campaigns service, which
  // verifies the forwarded identity like its GraphQL endpoint does.
  app.post(
    '/v1/imports',
    apiCors,
    authenticateRequest({ authenticator, limiters, logger: authLogger, respond: restErrorResponder }),
    importProxy({ campaignsUrl: config.CAMPAIGNS_URL, secret: config.INTERNAL_TOKEN_SECRET, logger }),
    requestErrorHandler({ respond: restErrorResponder, limit: 'the import limit', logger: logger.child({ component: 'imports' }) }),
  );
  app.options('/v1/imports', apiCors);

  const listener = app.listen(config.GATEWAY_PORT, config.HOST, () => {
    logger.info({ port: config.GATEWAY_PORT, host: config.HOST, version: VERSION }, 'gateway listening');
  });
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    listener.close();
    await server.stop();
    logger.info('shutdown complete');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

runMain(main);
