import type { Kysely } from 'kysely';

/*
 * The run ledger records a post before it is made, so that an attempt whose outcome is unknown (the
 * platform timed out, or the instance died mid-post) is never followed by a blind second post.
 * Frozen in time: never import app code here.
 *
 * delivery_runs.unconfirmed_since: when a post began whose outcome is not known yet; null once known.
 * delivery_runs.post_refs: a JSON list of what the platform gave back (Slack ts, Teams activity ids).
 */

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('delivery_runs').addColumn('unconfirmed_since', 'text').execute();
  await db.schema.alterTable('delivery_runs').addColumn('post_refs', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('delivery_runs').dropColumn('post_refs').execute();
  await db.schema.alterTable('delivery_runs').dropColumn('unconfirmed_since').execute();
}
