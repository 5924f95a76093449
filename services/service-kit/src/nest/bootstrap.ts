import { type INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Logger } from 'pino';
import { PinoNestLogger } from '../logging/logger.js';
import { identityMiddleware } from './identity.middleware.js';

export interface SubgraphBootstrapOptions {
  name: string;
  version: string;
  host: string;
  port: number;
  internalTokenSecret: string;
  logger: Logger;
  /** Runs after the HTTP server stopped, to close consumers, the relay and the ORM. */
  onShutdown: () => Promise<void>;
}

/**
 * Starts a subgraph's HTTP server: identity check in front of /graphql,
 * input validation, a health route, and a clean shutdown on SIGTERM/SIGINT.
 */
export async function startSubgraph(
  module: unknown,
  options: SubgraphBootstrapOptions,
): Promise<INestApplication> {
  const { logger } = options;
  const app = await NestFactory.create(module as never, {
    logger: new PinoNestLogger(logger.child({ component: 'nest' })),
    bufferLogs: false,
    bodyParser: true,
  });
  app.use('/graphql', identityMiddleware(options.internalTokenSecret));
  app.useGlobalPipes(new ValidationPipe({ transform: true, forbidUnknownValues: false }));
  app.getHttpAdapter().get('/healthz', (_req: unknown, res: { json(body: unknown): void }) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.enableShutdownHooks();
  await app.listen(options.port, options.host);
  logger.info(
    { port: options.port, host: options.host, version: options.version },
    `${options.name} subgraph listening`,
  );

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    try {
      await app.close();
      await options.onShutdown();
      logger.info('shutdown complete');
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  return app;
}
