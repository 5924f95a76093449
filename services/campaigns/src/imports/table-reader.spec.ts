import { DomainError } from '@alg/service-kit';
import { csvRecords } from './csv-records.js';
import type { Delimiter } from './delimiter.js';
import { presets } from './presets.js';
import { csvTable, type TableRow } from './table-reader.js';

async function rows(text: string, preset: keyof typeof presets, delimiter: Delimiter = ','): Promise<TableRow[]> {
  async function* source() {
    yield Buffer.from(text);
  }
  const out: TableRow[] = [];
  for await (const row of csvTable(csvRecords(source(), delimiter), preset, presets[preset], presets[preset].mapping)) out.push(row);

  return out;
}

describe('csvTable', () => {
  it('reads quoted delimiters, quotes and breaks', async () => {
    const result = await rows('email,name\n"a@example.com","Lovelace, ""Ada""\nCountess"\nb@example.com,Babbage\n', 'plain');
    expect(result).toEqual([
      { record: 1, line: 2, values: { email: 'a@example.com', name: 'Lovelace, "Ada"\nCountess' } },
      { record: 2, line: 4, values: { email: 'b@example.com', name: 'Babbage' } },
    ]);
  });

  it('strips the byte order mark', async () => {
    const [row] = await rows('\uFEFFemail,name\na@example.com,A\n', 'plain');
    expect(row?.values).toEqual({ email: 'a@example.com', name: 'A' });
  });

  it('reads semicolon files', async () => {
    const [row] = await rows('email;name\na@example.com;Lovelace, Ada\n', 'plain', ';');
    expect(row?.values?.name).toBe('Lovelace, Ada');
  });

  it('finds the Zoom attendee section', async () => {
    const zoom = [
      'Attendee Report,',
      'Report Generated:,"Nov 18, 2026 11:02 PM"',
      'Host Details,',
      'Attended,User Name (Original Name),Email,Join Time',
      'Yes,Host,host@example.com,"Nov 18, 2026 08:50 AM"',
      'Attendee Details,',
      'Attended,User Name (Original Name),Email,Join Time,Join Time',
      'Yes,Ada Lovelace,ada@example.com,"Nov 18, 2026 09:01 AM","Nov 18, 2026 11:00 AM"',
      'Other Attended Details,',
      'Yes,Late,late@example.com,x',
    ].join('\n');
    const result = await rows(zoom, 'zoom');
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ record: 1, line: 8, values: { Email: 'ada@example.com', 'Join Time (2)': 'Nov 18, 2026 11:00 AM' } });
  });

  it('names a missing e-mail column', async () => {
    await expect(rows('name,company\nAda,X\n', 'eventbrite')).rejects.toThrow(/"Email"/);
  });

  it('reports an unreadable record and continues', async () => {
    const result = await rows('email,name\na@example.com,x"y\nb@example.com,B\n', 'plain');
    expect(result[0]).toMatchObject({ record: 1, line: 2, error: expect.stringContaining('unreadable CSV record') });
    expect(result[1]).toMatchObject({ record: 2, line: 3, values: { email: 'b@example.com', name: 'B' } });
  });

  it('fails when no header has the e-mail', async () => {
    await expect(rows('a,b\n1,2\n', 'plain')).rejects.toBeInstanceOf(DomainError);
  });
});
