import { InitialSchema } from './0001-initial-schema.js';

/** Every migration of the tracking schema, in order. */
export const trackingMigrations = [InitialSchema];
