import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rejectedRowsFromFile, rejectedRowsSummary } from './rejectedRows.ts';

describe('rejectedRowsFromFile', () => {
  it('copies rejected records with reasons', () => {
    const file = 'email,name\r\nok@example.com,Ok\r\nnot-an-email,"Bad, Row"\r\n';
    const csv = rejectedRowsFromFile(file, 'COMMA', 1, [{ record: 2, line: 3, reason: 'invalid e-mail' }], 'Reason');
    assert.equal(csv, 'email,name,Reason\r\nnot-an-email,"Bad, Row",invalid e-mail\r\n');
  });

  it('quotes reasons holding the delimiter', () => {
    const csv = rejectedRowsFromFile('email;x\n;1\n', 'SEMICOLON', 1, [{ record: 1, line: 2, reason: 'a; b' }], 'Why');
    assert.equal(csv, 'email;x;Why\r\n;1;"a; b"\r\n');
  });

  it('keeps reasons of unreadable lines', () => {
    const csv = rejectedRowsFromFile('a,b\n', 'COMMA', 1, [{ record: 4, line: 9, reason: 'unclosed quote' }], 'R');
    assert.equal(csv, 'a,b,R\r\n,,unclosed quote\r\n');
  });
});

describe('rejectedRowsSummary', () => {
  it('lists record, line and reason', () => {
    const csv = rejectedRowsSummary([{ record: 1, line: 2, reason: 'say "no"' }], {
      record: 'Record',
      line: 'Line',
      reason: 'Reason',
    });
    assert.equal(csv, 'Record,Line,Reason\r\n1,2,"say ""no"""\r\n');
  });
});
