import { type ConversionKind, conversionKinds, type EntityManager } from '@alg/service-kit';
import { DEFAULT_POINTS_CONFIG, fromMicro, type LevelDefinition, type PointsConfig, toMicro } from './points-config.js';

interface ConfigRow {
  organization_id: string;
  share_micro: string;
  reach_micro: string;
  click_micro: string;
  conversion_micro: Record<string, number>;
  levels: LevelDefinition[];
  updated_at: string;
  updated_by: string;
}

export interface StoredPointsConfig extends PointsConfig {
  /** Null while the organization uses the defaults. */
  updatedAt: Date | null;
  updatedBy: string | null;
}

function toConfig(row: ConfigRow): StoredPointsConfig {
  const conversionPoints = {} as Record<ConversionKind, number>;
  for (const kind of conversionKinds) {
    const micro = row.conversion_micro[kind];
    conversionPoints[kind] = micro === undefined ? DEFAULT_POINTS_CONFIG.conversionPoints[kind] : fromMicro(micro);
  }

  return {
    sharePoints: fromMicro(row.share_micro),
    reachPointsPerDecade: fromMicro(row.reach_micro),
    clickPoints: fromMicro(row.click_micro),
    conversionPoints,
    levels: row.levels,
    updatedAt: new Date(row.updated_at),
    updatedBy: row.updated_by,
  };
}

const defaults = (): StoredPointsConfig => ({ ...DEFAULT_POINTS_CONFIG, updatedAt: null, updatedBy: null });

/** Loads the points configuration of each organization, the defaults where none is stored. */
export async function loadPointsConfigs(em: EntityManager, organizationIds: string[]): Promise<Map<string, StoredPointsConfig>> {
  const configs = new Map<string, StoredPointsConfig>(organizationIds.map((id) => [id, defaults()]));
  if (organizationIds.length === 0) return configs;
  const rows = await em.execute<ConfigRow[]>(`select * from points_config where organization_id in (?)`, [organizationIds]);
  for (const row of rows) configs.set(row.organization_id, toConfig(row));

  return configs;
}

export async function loadPointsConfig(em: EntityManager, organizationId: string): Promise<StoredPointsConfig> {
  return (await loadPointsConfigs(em, [organizationId])).get(organizationId)!;
}

export async function storePointsConfig(
  em: EntityManager,
  organizationId: string,
  config: PointsConfig,
  updatedBy: string,
): Promise<void> {
  const conversionMicro: Record<string, number> = {};
  for (const kind of conversionKinds) conversionMicro[kind] = toMicro(config.conversionPoints[kind]);
  await em.execute(
    `insert into points_config
       (organization_id, share_micro, reach_micro, click_micro, conversion_micro, levels, updated_at, updated_by)
     values (?, ?, ?, ?, ?::jsonb, ?::jsonb, now(), ?)
     on conflict (organization_id) do update set
       share_micro = excluded.share_micro, reach_micro = excluded.reach_micro, click_micro = excluded.click_micro,
       conversion_micro = excluded.conversion_micro, levels = excluded.levels,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [
      organizationId,
      toMicro(config.sharePoints),
      toMicro(config.reachPointsPerDecade),
      toMicro(config.clickPoints),
      JSON.stringify(conversionMicro),
      JSON.stringify(config.levels),
      updatedBy,
    ],
  );
}
