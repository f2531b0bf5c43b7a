import type { InboxEntry, InboxSource, InboxStore } from '../../src/ports/inbox.ts';

type Held = InboxEntry & {
  status: 'pending' | 'claimed' | 'done' | 'failed';
  claimedBy: string | null;
  leaseUntil: string | null;
  finishedAt: string | null;
  error: string | null;
};

/** The inbox in memory: the fake that the contract holds to the same rules as the Kysely store. */
export function createMemoryInbox(): InboxStore {
  const entries = new Map<string, Held>();
  const open = (e: Held) => e.status === 'pending' || e.status === 'claimed';
  const claimable = (e: Held, now: string) =>
    e.status === 'pending' || (e.status === 'claimed' && e.leaseUntil !== null && e.leaseUntil <= now);
  const held = (id: string, owner: string) => {
    const entry = entries.get(id);
    return entry?.status === 'claimed' && entry.claimedBy === owner ? entry : undefined;
  };
  const copy = ({ id, source, key, payload, attempts, receivedAt }: Held): InboxEntry => ({
    id,
    source,
    key,
    payload,
    attempts,
    receivedAt,
  });
  return {
    async accept(entry, limit) {
      const all = [...entries.values()];
      if (all.some((e) => e.source === entry.source && e.key === entry.key)) return 'duplicate';
      if (all.filter(open).length >= limit) return 'busy';
      if (entries.has(entry.id)) throw new Error(`inbox id ${entry.id} exists`);
      entries.set(entry.id, {
        ...entry,
        attempts: 0,
        status: 'pending',
        claimedBy: null,
        leaseUntil: null,
        finishedAt: null,
        error: null,
      });
      return 'accepted';
    },
    async claim({ owner, until, now, max, sources }) {
      const wanted = new Set<InboxSource>(sources);
      const taken = [...entries.values()]
        .filter((e) => wanted.has(e.source) && claimable(e, now))
        .sort((a, b) =>
          a.receivedAt === b.receivedAt ? (a.id < b.id ? -1 : 1) : a.receivedAt < b.receivedAt ? -1 : 1,
        )
        .slice(0, Math.max(0, max));
      for (const e of taken)
        Object.assign(e, {
          status: 'claimed',
          claimedBy: owner,
          leaseUntil: until,
          attempts: e.attempts + 1,
        });
      return taken.map(copy);
    },
    async renew(id, owner, until) {
      const entry = held(id, owner);
      if (entry) entry.leaseUntil = until;
      return entry !== undefined;
    },
    async finish(id, owner, outcome) {
      const entry = held(id, owner);
      if (!entry) return false;
      Object.assign(entry, {
        status: outcome.error === undefined ? 'done' : 'failed',
        claimedBy: null,
        leaseUntil: null,
        finishedAt: outcome.at,
        error: outcome.error ?? null,
      });
      return true;
    },
    async prune(before) {
      let pruned = 0;
      for (const [id, e] of entries) {
        if (!open(e) && e.receivedAt < before) {
          entries.delete(id);
          pruned++;
        }
      }
      return pruned;
    },
  };
}
