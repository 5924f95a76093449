import { InitialSchema } from './0001-initial-schema.js';

/** Every migration of the scoring schema, in order. */
export const scoringMigrations = [InitialSchema];
