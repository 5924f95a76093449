import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import type { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { createGraphqlErrorFormatter } from '../errors/format-graphql-error.js';

/**
 * The subgraph's GraphQL module, code first, Federation 2, with a sorted
 * schema; the build prints it to the committed schema.graphql.
 */
export function subgraphGraphqlModule(
  logger: Logger,
  /** Entity types that no root field reaches, such as extended federation entities. */
  orphanedTypes: Function[] = [],
): DynamicModule {
  return GraphQLModule.forRoot<ApolloFederationDriverConfig>({
    driver: ApolloFederationDriver,
    autoSchemaFile: { federation: 2 },
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    sortSchema: true,
    buildSchemaOptions: { orphanedTypes },
    playground: false,
    introspection: process.env.NODE_ENV !== 'production',
    path: '/graphql',
    context: ({ req }: { req: unknown }) => ({ req }),
    formatError: createGraphqlErrorFormatter(logger.child({ component: 'graphql' })),
    includeStacktraceInErrorResponses: false,
  });
}
