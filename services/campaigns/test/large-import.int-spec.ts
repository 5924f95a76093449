/**
 * Integration: a generated 100,000-row attendee file streamed to the
 * upload endpoint, never held in memory whole by either side. Prints the
 * rows per second and the peak resident set size of the process, which
 * hosts the service. Run with NODE_OPTIONS=--expose-gc to also print and
 * check the heap that stays live after garbage collection.
 */
import { Readable } from 'node:stream';
import { jest } from '@jest/globals';
import { IDENTITY_HEADER } from '@alg/service-kit';
import { type CampaignsApp, type Caller, newOrganization, startCampaigns } from './support/campaigns-app.js';

jest.setTimeout(600_000);

const ROWS = 100_000;
const MB = 1024 * 1024;

let app: CampaignsApp;
let api: Caller;

function* lines(): Generator<string> {
  yield 'Order #,Order Date,First Name,Last Name,Email,Quantity,Ticket Type,Attendee Status,Job Title,Company\n';
  for (let index = 0; index < ROWS; index++) {
    // Every thousandth row repeats an earlier address with other casing, and one row is invalid.
    const email = index % 1000 === 999 ? `Person.${index - 1}@Example.com` : `person.${index}@example.com`;
    const address = index === 50_000 ? 'not-an-address' : email;
    yield `${1_000_000 + index},2026-10-01 09:00:00,First${index},"Last, ${index}",${address},1,General Admission,Checked In,Engineer,Company ${index % 97}\n`;
  }
}

/** Samples memory while work runs: peak RSS, and the heap left after each forced collection when gc is exposed. */
function sampleMemory() {
  const gc = (globalThis as { gc?: () => void }).gc;
  const start = process.memoryUsage().rss;
  let peak = start;
  const retained: number[] = [];
  const fast = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const slow = setInterval(() => {
    if (!gc) return;
    gc();
    retained.push(process.memoryUsage().heapUsed);
  }, 3000);

  return {
    stop: () => {
      clearInterval(fast);
      clearInterval(slow);

      return { start, peak, retained };
    },
  };
}

beforeAll(async () => {
  app = await startCampaigns();
  ({ api } = await newOrganization(app));
});

afterAll(async () => {
  await app?.close();
});

it('streams 100,000 rows with bounded memory', async () => {
  const { createEcosystem } = await api.request<{ createEcosystem: { id: string } }>(
    `mutation { createEcosystem(input: { name: "Large import", kind: EVENT_ATTENDEES }) { id } }`,
  );
  const memory = sampleMemory();
  const started = Date.now();
  const response = await fetch(`${app.url}/v1/imports?ecosystemId=${createEcosystem.id}&preset=eventbrite`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', [IDENTITY_HEADER]: await api.token() },
    body: Readable.toWeb(Readable.from(lines())) as ReadableStream,
    duplex: 'half',
  } as RequestInit);
  const report = (await response.json()) as Record<string, number>;
  const { start, peak, retained } = memory.stop();
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `100,000-row import: ${seconds.toFixed(1)} s, ${Math.round(ROWS / seconds)} rows/s, ${Math.round(report.bytesRead! / MB)} MB read; ` +
      `RSS ${Math.round(start / MB)} MB before, peak ${Math.round(peak / MB)} MB` +
      (retained.length ? `; live heap after gc ${retained.map((bytes) => Math.round(bytes / MB)).join(' ')} MB` : ''),
  );
  expect(response.status).toBe(201);
  expect(report).toMatchObject({ rowCount: ROWS, createdCount: ROWS - 100 - 1, mergedCount: 100, rejectedCount: 1 });
  expect(peak - start).toBeLessThan(600 * MB);
  if (retained.length >= 2) expect(retained.at(-1)! - retained[0]!).toBeLessThan(64 * MB);
});
