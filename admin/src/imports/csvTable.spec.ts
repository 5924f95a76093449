import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectDelimiter, detectFormat, parseCsv, parseJsonRecords } from './csvTable.ts';

describe('parseCsv', () => {
  it('keeps quoted delimiters and line breaks', () => {
    const records = parseCsv('email,note\r\na@example.com,"one, two"\r\nb@example.com,"multi\nline"\r\n', 'COMMA');
    assert.deepEqual(
      records.map((record) => record.cells),
      [
        ['email', 'note'],
        ['a@example.com', 'one, two'],
        ['b@example.com', 'multi\nline'],
      ],
    );
    assert.deepEqual(
      records.map((record) => record.line),
      [1, 2, 3],
    );
  });

  it('counts lines after multi-line records', () => {
    const records = parseCsv('a\n"x\ny"\nlast\n', 'COMMA');
    assert.deepEqual(
      records.map((record) => [record.cells[0], record.line]),
      [
        ['a', 1],
        ['x\ny', 2],
        ['last', 4],
      ],
    );
  });

  it('skips empty lines and the BOM', () => {
    const records = parseCsv('\uFEFFemail\n\nz@example.com', 'COMMA');
    assert.deepEqual(
      records.map((record) => record.cells),
      [['email'], ['z@example.com']],
    );
    assert.equal(records[1]!.line, 3);
  });

  it('unescapes doubled quotes and keeps raw text', () => {
    const [record] = parseCsv('"say ""hi""";x\r\n', 'SEMICOLON');
    assert.deepEqual(record!.cells, ['say "hi"', 'x']);
    assert.equal(record!.raw, '"say ""hi""";x');
  });

  it('stops after the record limit', () => {
    assert.equal(parseCsv('a\nb\nc\nd\n', 'COMMA', 2).length, 2);
  });
});

describe('detectDelimiter', () => {
  it('prefers the delimiter on most lines', () => {
    assert.equal(detectDelimiter('a;b;c\n1;2;3\n'), 'SEMICOLON');
    assert.equal(detectDelimiter('a\tb\n1\t2\n'), 'TAB');
  });

  it('ignores delimiters inside quotes', () => {
    assert.equal(detectDelimiter('"a;b;c;d",x\n"1;2;3;4",y\n'), 'COMMA');
  });
});

describe('JSON exports', () => {
  it('detects arrays and object lines', () => {
    assert.equal(detectFormat('  [{"email":"a@example.com"}]'), 'JSON');
    assert.equal(detectFormat('email\na@example.com'), 'CSV');
  });

  it('reads one object per line', () => {
    const records = parseJsonRecords('{"email":"a@example.com"}\n\n{"email":"b@example.com"}\n');
    assert.deepEqual(
      records.map((record) => [record.values.email, record.line]),
      [
        ['a@example.com', 1],
        ['b@example.com', 3],
      ],
    );
  });

  it('names the line that is not JSON', () => {
    assert.throws(() => parseJsonRecords('{"a":1}\nnope\n'), /Line 2/);
  });
});
