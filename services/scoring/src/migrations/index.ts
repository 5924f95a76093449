import { InitialSchema } from './0001-initial-schema.js';
import { AdvocateScoring } from './0002-advocate-scoring.js';

/** Every migration of the scoring schema, in order. */
export const scoringMigrations = [InitialSchema, AdvocateScoring];
