import type { LevelDefinition } from '../points/points-config.js';

export interface LevelStanding {
  /** Position in the ladder; the first level is 1. */
  level: number;
  name: string;
  minPoints: number;
  nextLevel: LevelDefinition | null;
  /** Points still needed for the next level; null at the top of the ladder. */
  pointsToNext: number | null;
}

/** Finds the highest level whose threshold the points reach; `levels` is ascending and starts at 0. */
export function levelOf(points: number, levels: LevelDefinition[]): LevelStanding {
  let index = 0;
  for (let candidate = 1; candidate < levels.length; candidate++) {
    if (points >= levels[candidate]!.minPoints) index = candidate;
  }
  const current = levels[index]!;
  const next = levels[index + 1] ?? null;

  return {
    level: index + 1,
    name: current.name,
    minPoints: current.minPoints,
    nextLevel: next,
    pointsToNext: next ? Math.round((next.minPoints - points) * 100) / 100 : null,
  };
}
