import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  buildSchema,
  type FieldNode,
  getNamedType,
  type GraphQLObjectType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
  validate,
} from 'graphql';
import { exportFileName, PARTICIPANT_EXPORT_QUERY } from './participantExport.ts';

const supergraph = buildSchema(readFileSync(new URL('../../../../gateway/supergraph.graphql', import.meta.url), 'utf8'));

/** Lists every field path of an object type down to the scalars, without entering the types in `skip`. */
function fieldPaths(type: GraphQLObjectType, prefix: string, skip: ReadonlySet<string>): string[] {
  return Object.values(type.getFields()).flatMap((field) => {
    const named = getNamedType(field.type);
    const path = `${prefix}${field.name}`;
    if (!isObjectType(named)) return [path];
    if (skip.has(named.name)) return [];
    return fieldPaths(named, `${path}.`, skip);
  });
}

/** Field paths that a query selects under its first root field. */
function selectedPaths(query: string): string[] {
  const paths: string[] = [];
  const visit = (selectionSet: SelectionSetNode, prefix: string) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind !== Kind.FIELD) continue;
      const path = `${prefix}${selection.name.value}`;
      if (selection.selectionSet) visit(selection.selectionSet, `${path}.`);
      else paths.push(path);
    }
  };
  const operation = parse(query).definitions[0] as OperationDefinitionNode;
  const root = operation.selectionSet.selections[0] as FieldNode;
  visit(root.selectionSet!, '');
  return paths;
}

describe('PARTICIPANT_EXPORT_QUERY', () => {
  it('is valid against the supergraph', () => {
    assert.deepEqual(validate(supergraph, parse(PARTICIPANT_EXPORT_QUERY)).map((error) => error.message), []);
  });

  it('selects every field of the document', () => {
    const type = supergraph.getType('ParticipantExport') as GraphQLObjectType;
    // AdvocateScore.participant leads back to the Participant entity, which is not part of the export.
    const expected = fieldPaths(type, '', new Set(['Participant'])).sort();
    assert.deepEqual(selectedPaths(PARTICIPANT_EXPORT_QUERY).sort(), expected);
  });
});

describe('exportFileName', () => {
  it('names the participant and the time', () => {
    assert.equal(
      exportFileName({ participantId: '7d0c5a4e-3f7b-4f3e-9a52-1c2b3d4e5f60', exportedAt: '2026-05-04T09:08:07.123Z' }),
      'participant-7d0c5a4e-3f7b-4f3e-9a52-1c2b3d4e5f60-2026-05-04T09-08-07Z.json',
    );
  });
});
