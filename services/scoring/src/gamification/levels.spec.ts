import { DEFAULT_POINTS_CONFIG } from '../points/points-config.js';
import { levelOf } from './levels.js';

const levels = DEFAULT_POINTS_CONFIG.levels;

describe('levelOf', () => {
  it('starts at the first level', () => {
    expect(levelOf(0, levels)).toMatchObject({ level: 1, name: 'Newcomer', pointsToNext: 50 });
  });

  it('reaches a level at its threshold', () => {
    expect(levelOf(150, levels)).toMatchObject({ level: 3, name: 'Advocate', nextLevel: { name: 'Champion', minPoints: 400 } });
  });

  it('stops at the top level', () => {
    expect(levelOf(5000, levels)).toMatchObject({ level: 5, nextLevel: null, pointsToNext: null });
  });
});
