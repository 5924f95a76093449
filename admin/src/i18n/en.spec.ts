import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { enumValues } from '../graphql/enums.ts';
import { en } from './en.ts';

const SOURCE_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Flattens nested messages the way polyglot does: `a: { b: 'x' }` is the phrase `a.b`. */
function flatten(value: unknown, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (typeof value === 'object' && value !== null) {
    if (prefix !== '') into.set(prefix, value);
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.set(prefix, value);
  }
  return into;
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Returns the opening tag of the innermost `tag` element that contains `position`, or null. */
function enclosing(text: string, tag: string, position: number): string | null {
  const start = text.lastIndexOf(`<${tag}`, position);
  if (start < 0) return null;
  const end = text.indexOf(`</${tag}>`, start);
  if (end >= 0 && end < position) return null;
  return text.slice(start, text.indexOf('>', start) + 1);
}

const phrases = flatten(en);
const files = sourceFiles(SOURCE_ROOT).map((path) => ({
  path: relative(SOURCE_ROOT, path),
  text: readFileSync(path, 'utf8'),
}));

describe('English messages', () => {
  it('cover every literal key', () => {
    const missing = new Set<string>();
    for (const file of files) {
      for (const match of file.text.matchAll(/['"`](alg\.[A-Za-z0-9_.-]+)['"`]/g)) {
        if (typeof phrases.get(match[1]!) !== 'string') missing.add(`${match[1]} (${file.path})`);
      }
    }
    assert.deepEqual([...missing], []);
  });

  it('cover every dynamic key prefix', () => {
    const missing = new Set<string>();
    for (const file of files) {
      for (const match of file.text.matchAll(/`(alg\.[A-Za-z0-9_.-]+)\.\$\{/g)) {
        if (typeof phrases.get(match[1]!) !== 'object') missing.add(`${match[1]} (${file.path})`);
      }
    }
    assert.deepEqual([...missing], []);
  });

  it('label every enum value', () => {
    const missing = Object.entries(enumValues).flatMap(([name, values]) =>
      (values as readonly string[])
        .filter((value) => typeof phrases.get(`alg.enums.${name}.${value}`) !== 'string')
        .map((value) => `${name}.${value}`),
    );
    assert.deepEqual(missing, []);
  });

  it('label every field source', () => {
    const missing = new Set<string>();
    for (const file of files) {
      const folder = /^resources\/([^/]+)\//.exec(file.path)?.[1];
      if (folder === undefined) continue;
      for (const match of file.text.matchAll(/<[A-Z][A-Za-z.]*\s([^>]*?)source="([A-Za-z0-9_.]+)"([^>]*)>/gs)) {
        // An element with its own label, or inside a column with one, needs no derived label.
        if (/\blabel=/.test(`${match[1]} ${match[3]}`)) continue;
        const column = enclosing(file.text, 'DataTable.Col', match.index);
        if (column !== null && /\blabel=/.test(column)) continue;
        // Inside a ReferenceManyField the labels are those of the referenced resource.
        const reference = /reference="([a-z-]+)"/.exec(
          enclosing(file.text, 'ReferenceManyField', match.index) ?? '',
        )?.[1];
        const key = `resources.${reference ?? folder}.fields.${match[2]}`;
        if (!phrases.has(key)) missing.add(`${key} (${file.path})`);
      }
    }
    assert.deepEqual([...missing], []);
  });

  it('name every resource', () => {
    const names = files.flatMap((file) =>
      [...file.text.matchAll(/name: '([a-z-]+)',\n\s+list:/g)].map((match) => match[1]!),
    );
    assert.ok(names.length >= 10);
    assert.deepEqual(
      names.filter((name) => typeof phrases.get(`resources.${name}.name`) !== 'string'),
      [],
    );
  });
});
