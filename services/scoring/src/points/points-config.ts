import { type ConversionKind, conversionKinds, DomainError } from '@alg/service-kit';

/** A step of the level ladder: reached once total points are at least `minPoints`. */
export interface LevelDefinition {
  name: string;
  minPoints: number;
}

/** Points an organization gives per credited action, and its level ladder. */
export interface PointsConfig {
  /** Per campaign and network the participant shared on; repeated shares on one network earn nothing more. */
  sharePoints: number;
  /** Times log10(1 + largest audience recorded) per campaign and network. */
  reachPointsPerDecade: number;
  /** Per distinct visitor whose unique human click reached the participant's links in a campaign. */
  clickPoints: number;
  /** Per credited conversion that is not a self-referral, by kind. */
  conversionPoints: Record<ConversionKind, number>;
  levels: LevelDefinition[];
}

export const DEFAULT_POINTS_CONFIG: PointsConfig = {
  sharePoints: 10,
  reachPointsPerDecade: 5,
  clickPoints: 1,
  conversionPoints: { registration: 20, lead: 25, demo_request: 40, attendance: 15, pipeline: 50 },
  levels: [
    { name: 'Newcomer', minPoints: 0 },
    { name: 'Contributor', minPoints: 50 },
    { name: 'Advocate', minPoints: 150 },
    { name: 'Champion', minPoints: 400 },
    { name: 'Ambassador', minPoints: 1000 },
  ],
};

/** Points are stored and summed as integers of a millionth of a point, so sums never depend on their order. */
export const MICRO = 1_000_000;
export const MAX_ACTION_POINTS = 10_000;
export const MAX_LEVELS = 10;

/** Per-action weights in micro-points, as the SQL that computes points reads them. */
export interface PointsWeights {
  share: number;
  reach: number;
  click: number;
  conversion: Record<ConversionKind, number>;
}

export function toMicro(points: number): number {
  return Math.round(points * MICRO);
}

/** Points for display: micro-points rounded to two decimals. */
export function fromMicro(micro: number | string | bigint): number {
  return Math.round(Number(micro) / 10_000) / 100;
}

export function weightsOf(config: PointsConfig): PointsWeights {
  const conversion = {} as Record<ConversionKind, number>;
  for (const kind of conversionKinds) conversion[kind] = toMicro(config.conversionPoints[kind]);

  return {
    share: toMicro(config.sharePoints),
    reach: toMicro(config.reachPointsPerDecade),
    click: toMicro(config.clickPoints),
    conversion,
  };
}

function checkPoints(field: string, value: number): void {
  if (!Number.isFinite(value) || value < 0 || value > MAX_ACTION_POINTS) {
    throw DomainError.invalid(field, value, `give a number from 0 to ${MAX_ACTION_POINTS}.`);
  }
  if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-9) {
    throw DomainError.invalid(field, value, 'give points with at most two decimals, such as 2.5.');
  }
}

function checkLevels(levels: LevelDefinition[]): void {
  if (levels.length < 2 || levels.length > MAX_LEVELS) {
    throw DomainError.invalid('levels', levels.length, `give from 2 to ${MAX_LEVELS} levels.`);
  }
  if (levels[0]!.minPoints !== 0) {
    throw DomainError.invalid('levels[0].minPoints', levels[0]!.minPoints, 'the first level starts at 0 points.');
  }
  const names = new Set<string>();
  levels.forEach((level, index) => {
    const name = level.name.trim();
    if (name.length === 0 || name.length > 40) {
      throw DomainError.invalid(`levels[${index}].name`, level.name, 'give a name of 1 to 40 characters.');
    }
    if (names.has(name.toLowerCase())) {
      throw DomainError.invalid(`levels[${index}].name`, level.name, 'give each level a different name.');
    }
    names.add(name.toLowerCase());
    if (!Number.isFinite(level.minPoints) || level.minPoints < 0 || level.minPoints > 1e9) {
      throw DomainError.invalid(`levels[${index}].minPoints`, level.minPoints, 'give a number from 0 to 1000000000.');
    }
    if (index > 0 && level.minPoints <= levels[index - 1]!.minPoints) {
      throw DomainError.invalid(
        `levels[${index}].minPoints`,
        level.minPoints,
        `each level needs more points than the one before (${levels[index - 1]!.minPoints}).`,
      );
    }
  });
}

/** Checks a configuration and returns a normalized copy; throws a DomainError naming the first invalid field. */
export function validatePointsConfig(config: PointsConfig): PointsConfig {
  checkPoints('sharePoints', config.sharePoints);
  checkPoints('reachPointsPerDecade', config.reachPointsPerDecade);
  checkPoints('clickPoints', config.clickPoints);
  for (const kind of conversionKinds) {
    const value = config.conversionPoints[kind];
    if (value === undefined) {
      throw DomainError.invalid(`conversionPoints.${kind}`, null, 'give points for every conversion kind.');
    }
    checkPoints(`conversionPoints.${kind}`, value);
  }
  checkLevels(config.levels);

  return {
    ...config,
    conversionPoints: { ...config.conversionPoints },
    levels: config.levels.map((level) => ({ name: level.name.trim(), minPoints: level.minPoints })),
  };
}
