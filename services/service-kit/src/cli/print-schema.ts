/**
 * Writes a subgraph's sorted Federation 2 SDL, with its @link header, to a file:
 *   node print-schema.js <compiled app.module.js> <output.graphql>
 * The module must export buildSchemaModule(), which wires the resolvers
 * without opening database or Kafka connections.
 */
import 'reflect-metadata';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeFile } from 'node:fs/promises';
import { printSubgraphSchema } from '@apollo/subgraph';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';

const [modulePath, outputPath] = process.argv.slice(2);
if (!modulePath || !outputPath) {
  console.error('usage: print-schema <compiled app.module.js> <output.graphql>');
  process.exit(2);
}

const imported = (await import(pathToFileURL(resolve(modulePath)).href)) as {
  buildSchemaModule?: () => unknown;
};
if (typeof imported.buildSchemaModule !== 'function') {
  console.error(`${modulePath} does not export buildSchemaModule()`);
  process.exit(2);
}
const app = await NestFactory.create(imported.buildSchemaModule() as never, { logger: ['error'] });
await app.init();
const sdl = printSubgraphSchema(app.get(GraphQLSchemaHost).schema);
await writeFile(resolve(outputPath), `${sdl.trim()}\n`);
await app.close();
console.log(`wrote ${outputPath}`);
