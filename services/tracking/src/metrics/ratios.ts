/** numerator / denominator, or null when the denominator is 0, so no ratio is ever infinite or NaN. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}
