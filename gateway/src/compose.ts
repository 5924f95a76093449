/**
 * Composes the committed subgraph schemas into gateway/supergraph.graphql
 * with @apollo/composition. A composition error fails the build.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { subgraphs } from './subgraphs.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const definitions = await Promise.all(
  subgraphs.map(async (subgraph) => ({
    name: subgraph.name,
    url: subgraph.defaultUrl,
    typeDefs: parse(await readFile(resolve(root, subgraph.schemaPath), 'utf8')),
  })),
);
const result = composeServices(definitions);
if (result.errors) {
  for (const error of result.errors) console.error(`composition error: ${error.message}`);
  process.exit(1);
}
for (const hint of result.hints ?? []) console.warn(`composition hint: ${hint.definition.code}: ${hint.message}`);
const output = resolve(root, 'gateway/supergraph.graphql');
await writeFile(output, result.supergraphSdl);
console.log(`composed ${definitions.length} subgraphs into ${output}`);
