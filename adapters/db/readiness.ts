import { sql } from 'kysely';
import { migrations } from '../../migrations/index.ts';
import type { Database } from './schema.ts';

/**
 * What /readyz checks before a load balancer sends this instance work: the database answers, every
 * migration this code needs is applied (a newer instance may have applied more: that is fine), and the
 * shared inbox is not full (then every instance would refuse commands as busy). Resolves with the
 * reasons it is not ready, in the operator's words; empty when ready.
 */
export async function readinessProblems(db: Database, options: { inboxLimit: number }): Promise<string[]> {
  try {
    await sql`select 1`.execute(db);
  } catch {
    return ['the database does not answer'];
  }
  const problems: string[] = [];
  const applied = await sql<{ name: string }>`select name from kysely_migration`
    .execute(db)
    .then(({ rows }) => new Set(rows.map((r) => r.name)))
    .catch(() => new Set<string>());
  const missing = Object.keys(migrations).filter((name) => !applied.has(name));
  if (missing.length > 0)
    problems.push(`migrations not applied: ${missing.join(', ')} (run rectrack migrate)`);
  else {
    const open = await db
      .selectFrom('inbox')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('status', 'in', ['pending', 'claimed'])
      .executeTakeFirstOrThrow();
    // pg returns count(*) as a string.
    const waiting = Number(open.n);
    if (waiting >= options.inboxLimit) {
      problems.push(
        `the inbox is backed up: ${waiting} requests waiting (INBOX_LIMIT ${options.inboxLimit})`,
      );
    }
  }
  return problems;
}
