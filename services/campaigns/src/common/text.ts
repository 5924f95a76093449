/** Trims a value and turns an empty one into null. */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();

  return trimmed ? trimmed : null;
}

/** Escapes LIKE wildcards so that a search term matches literally. */
export function likeContains(term: string): string {
  return `%${term.trim().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** class-transformer hook that trims a string input before it is validated. */
export function trimmed({ value }: { value: unknown }): unknown {
  return typeof value === 'string' ? value.trim() : value;
}
