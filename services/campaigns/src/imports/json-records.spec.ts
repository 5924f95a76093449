import { DomainError } from '@alg/service-kit';
import { type JsonRecord, jsonRecords } from './json-records.js';

async function collect(...chunks: string[]): Promise<JsonRecord[]> {
  const records: JsonRecord[] = [];
  async function* source() {
    for (const chunk of chunks) yield Buffer.from(chunk);
  }
  for await (const record of jsonRecords(source())) records.push(record);

  return records;
}

describe('jsonRecords', () => {
  it('reads an array across chunks', async () => {
    const records = await collect('[{"email":"a@example.com","n', 'ame":"A"},\n {"email":"b@example.com","size":12}]');
    expect(records).toEqual([
      { kind: 'record', values: { email: 'a@example.com', name: 'A' }, line: 1 },
      { kind: 'record', values: { email: 'b@example.com', size: '12' }, line: 2 },
    ]);
  });

  it('reads newline-delimited objects', async () => {
    const records = await collect('{"email":"a@example.com"}\n\n{"email":"b@example.com"}\n');
    expect(records.map((record) => record.line)).toEqual([1, 3]);
  });

  it('keeps braces inside strings', async () => {
    const [record] = await collect('[{"email":"a@example.com","note":"{not} \\"a\\" [record]"}]');
    expect(record).toMatchObject({ values: { note: '{not} "a" [record]' } });
  });

  it('strips a byte order mark', async () => {
    const [record] = await collect('\uFEFF[{"email":"a@example.com"}]');
    expect(record?.kind).toBe('record');
  });

  it('reports a non-object entry', async () => {
    const records = await collect('[{"email":"a@example.com","tags":[1,2]}, {"email": nope}]');
    expect(records[0]).toMatchObject({ values: { tags: '[1,2]' } });
    expect(records[1]).toMatchObject({ kind: 'error', reason: expect.stringContaining('not valid JSON') });
  });

  it('fails on a cut-off file', async () => {
    await expect(collect('[{"email":"a@example.com"')).rejects.toBeInstanceOf(DomainError);
  });
});
