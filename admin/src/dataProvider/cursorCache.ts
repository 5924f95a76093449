/** Cursors known for one list, that is one resource with one set of filters. */
interface ListCursors {
  /** totalCount of the last response, used to notice that the list changed. */
  totalCount: number | null;
  /** The `after` cursor that starts the list at each known offset (offset 0 needs none). */
  afterByOffset: Map<number, string>;
}

/** A position in a list from which a forward walk can start. */
export interface CursorPosition {
  offset: number;
  after: string | null;
}

/**
 * Remembers the keyset cursors at page boundaries so that react-admin's page
 * N can be reached without walking from the first page again. The cursors
 * are stored by item offset rather than page number, so that they stay
 * useful when the page size changes.
 *
 * Keyset cursors stay valid when rows are added, but the offsets of the rows
 * after them shift. A list's cursors are therefore dropped whenever a
 * response reports a different totalCount than the one before.
 */
export class CursorCache {
  private readonly lists = new Map<string, ListCursors>();

  constructor(private readonly maxLists = 50) {}

  /** Returns the known position closest to `offset` without going past it. */
  nearest(listKey: string, offset: number): CursorPosition {
    const cursors = this.touch(listKey);
    let best: CursorPosition = { offset: 0, after: null };
    for (const [known, after] of cursors.afterByOffset) {
      if (known <= offset && known > best.offset) {
        best = { offset: known, after };
      }
    }
    return best;
  }

  record(listKey: string, offset: number, after: string): void {
    if (offset > 0) {
      this.touch(listKey).afterByOffset.set(offset, after);
    }
  }

  /**
   * Drops a list's cursors when its totalCount differs from the last one seen.
   * NOTE: an insert and a delete between two requests leave the count equal,
   * so the cached offsets can then be off by one until the next change.
   */
  observeTotal(listKey: string, totalCount: number): void {
    const cursors = this.touch(listKey);
    if (cursors.totalCount !== null && cursors.totalCount !== totalCount) {
      cursors.afterByOffset.clear();
    }
    cursors.totalCount = totalCount;
  }

  /** Forgets the lists whose key starts with `prefix`, or every list when it is omitted. */
  clear(prefix?: string): void {
    if (prefix === undefined) {
      this.lists.clear();
      return;
    }
    for (const key of [...this.lists.keys()]) {
      if (key.startsWith(prefix)) {
        this.lists.delete(key);
      }
    }
  }

  /** Returns a list's entry, creating it and marking it as the most recently used. */
  private touch(listKey: string): ListCursors {
    const existing = this.lists.get(listKey);
    if (existing !== undefined) {
      this.lists.delete(listKey);
      this.lists.set(listKey, existing);
      return existing;
    }
    const created: ListCursors = { totalCount: null, afterByOffset: new Map() };
    this.lists.set(listKey, created);
    const oldest = this.lists.keys().next().value;
    if (this.lists.size > this.maxLists && oldest !== undefined) {
      this.lists.delete(oldest);
    }
    return created;
  }
}
