/*
 * The inbox: platform requests written down before they are acknowledged, and processed from there,
 * so an acknowledged command survives a crash and is picked up by this or another instance.
 */

/** Which adapter wrote an entry, and so which one processes it. */
export type InboxSource = 'slack' | 'teams';

export type InboxEntry = {
  id: string;
  source: InboxSource;
  /** The platform's name for this delivery (a trigger or event id): a retry of it adds nothing. */
  key: string;
  /** What the adapter needs to process it again, as text (the verified request body). */
  payload: string;
  /** Claims so far, this one included: a crash-looping entry is given up after a few. */
  attempts: number;
  receivedAt: string;
};

/** accepted: written, acknowledge it; duplicate: already written (a retry), acknowledge it; busy: not written. */
export type AcceptResult = 'accepted' | 'duplicate' | 'busy';

export type InboxStore = {
  /**
   * Writes a new entry unless its (source, key) is already there, or `limit` entries are unfinished
   * (pending or claimed, by any instance): then nothing is written and the answer is busy.
   */
  accept(
    entry: { id: string; source: InboxSource; key: string; payload: string; receivedAt: string },
    limit: number,
  ): Promise<AcceptResult>;
  /**
   * Takes up to `max` entries of these sources for `owner` until `until`, oldest first: pending ones,
   * and claimed ones whose lease ended at or before `now` (their instance died). Each entry goes to
   * one claimer only, however many claim at once.
   */
  claim(claim: {
    owner: string;
    until: string;
    now: string;
    max: number;
    sources: readonly InboxSource[];
  }): Promise<InboxEntry[]>;
  /** Extends `owner`'s lease; false when it no longer holds the entry. */
  renew(id: string, owner: string, until: string): Promise<boolean>;
  /** Ends `owner`'s claim, done or failed (with why); false when it no longer holds the entry. */
  finish(id: string, owner: string, outcome: { at: string; error?: string }): Promise<boolean>;
  /** Deletes finished entries received before `before`, and their answers' outbox rows; how many entries. */
  prune(before: string): Promise<number>;
};
