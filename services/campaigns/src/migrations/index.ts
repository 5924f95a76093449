import { InitialSchema } from './0001-initial-schema.js';
import { AccountsAndAudit } from './0003-accounts-and-audit.js';
import { ProgramsImportsSharing } from './0002-programs-imports-sharing.js';
import { ParticipantImportRowsIndex } from './0004-participant-import-rows-index.js';

/** Every migration of the campaigns schema, in order. */
export const campaignsMigrations = [InitialSchema, ProgramsImportsSharing, AccountsAndAudit, ParticipantImportRowsIndex];
