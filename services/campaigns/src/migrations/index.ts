import { InitialSchema } from './0001-initial-schema.js';

/** Every migration of the campaigns schema, in order. */
export const campaignsMigrations = [InitialSchema];
