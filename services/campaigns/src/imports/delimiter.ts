export const delimiters = [',', ';', '\t'] as const;
export type Delimiter = (typeof delimiters)[number];

/** Occurrences of each candidate outside quoted fields, per line of a sample. */
function countsPerLine(sample: string): Map<Delimiter, number[]> {
  const counts = new Map<Delimiter, number[]>(delimiters.map((delimiter) => [delimiter, [0]]));
  let quoted = false;
  for (const char of sample) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '\n') for (const list of counts.values()) list.push(0);
    else if (!quoted && (delimiters as readonly string[]).includes(char)) {
      const list = counts.get(char as Delimiter)!;
      list[list.length - 1]!++;
    }
  }

  return counts;
}

/**
 * Picks the delimiter from the start of a file: the candidate found on the
 * most lines, then the most often; a comma when nothing decides.
 */
export function detectDelimiter(sample: string): Delimiter {
  const lines = sample.split('\n').length > 1 ? sample.slice(0, sample.lastIndexOf('\n')) : sample;
  let best: Delimiter = ',';
  let bestScore: [number, number] = [0, 0];
  for (const [delimiter, perLine] of countsPerLine(lines)) {
    const score: [number, number] = [perLine.filter((count) => count > 0).length, perLine.reduce((a, b) => a + b, 0)];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = delimiter;
      bestScore = score;
    }
  }

  return best;
}
