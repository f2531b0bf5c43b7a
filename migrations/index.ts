import type { Migration } from 'kysely';
import * as initial from './0001-initial.ts';
import * as imports from './0002-imports.ts';
import * as slack from './0003-slack.ts';
import * as teams from './0004-teams.ts';
import * as requestLedger from './0005-request-ledger.ts';
import * as digests from './0006-digests.ts';
import * as importOurs from './0007-import-ours.ts';
import * as postConfirmation from './0008-post-confirmation.ts';
import * as inbox from './0009-inbox.ts';
import * as itemTeams from './0010-item-teams.ts';
import * as section55Stages from './0011-section55-stages.ts';
import * as outbox from './0012-outbox.ts';
import * as readIndexes from './0013-read-indexes.ts';
import * as itemSearchIndex from './0014-item-search-index.ts';

/**
 * Every migration, listed by hand rather than found by scanning a folder, so bundling or running from
 * another working directory cannot lose one. Kysely applies them in name order, so names start with a
 * zero-padded sequence number; append new ones, never rename or reorder.
 */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
  '0002-imports': imports,
  '0003-slack': slack,
  '0004-teams': teams,
  '0005-request-ledger': requestLedger,
  '0006-digests': digests,
  '0007-import-ours': importOurs,
  '0008-post-confirmation': postConfirmation,
  '0009-inbox': inbox,
  '0010-item-teams': itemTeams,
  '0011-section55-stages': section55Stages,
  '0012-outbox': outbox,
  '0013-read-indexes': readIndexes,
  '0014-item-search-index': itemSearchIndex,
};
