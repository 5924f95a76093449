import { createHash } from 'node:crypto';
import { DomainError } from '@alg/service-kit';

/**
 * Wraps an upload: counts bytes for progress, hashes the content to
 * recognise a file seen before, and lets the reader look at the start of
 * the file (delimiter, format, BOM) before consuming it.
 */
export class ByteSource {
  bytesRead = 0;
  private readonly hash = createHash('sha256');
  private readonly iterator: AsyncIterator<Buffer | string>;
  private buffered: Buffer[] = [];

  constructor(
    source: AsyncIterable<Buffer | string>,
    private readonly maxBytes: number,
  ) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  private async next(): Promise<Buffer | null> {
    const { value, done } = await this.iterator.next();
    if (done) return null;
    const chunk = typeof value === 'string' ? Buffer.from(value) : value;
    this.bytesRead += chunk.length;
    if (this.bytesRead > this.maxBytes) {
      throw DomainError.invalid('file', `${this.bytesRead} bytes`, `files are limited to ${this.maxBytes} bytes; split the file.`);
    }
    this.hash.update(chunk);

    return chunk;
  }

  /** Reads ahead until at least `bytes` bytes (or the whole file) are buffered, and returns them. */
  async peek(bytes: number): Promise<Buffer> {
    let size = this.buffered.reduce((sum, chunk) => sum + chunk.length, 0);
    while (size < bytes) {
      const chunk = await this.next();
      if (!chunk) break;
      this.buffered.push(chunk);
      size += chunk.length;
    }

    return Buffer.concat(this.buffered);
  }

  async *chunks(): AsyncGenerator<Buffer> {
    const buffered = this.buffered;
    this.buffered = [];
    yield* buffered;
    for (let chunk = await this.next(); chunk; chunk = await this.next()) yield chunk;
  }

  sha256(): string {
    return this.hash.copy().digest('hex');
  }
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Rejects UTF-16 and UTF-32 files, which start with their own byte order mark. */
export function assertUtf8(head: Buffer): void {
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (utf16) {
    throw DomainError.invalid('file encoding', 'UTF-16', 'save the file as UTF-8 (with or without BOM) and import it again.');
  }
}

/** Decodes the start of the file as text, without a UTF-8 byte order mark. */
export function headText(head: Buffer): string {
  const body = head.subarray(0, 3).equals(UTF8_BOM) ? head.subarray(3) : head;

  return body.toString('utf8');
}
