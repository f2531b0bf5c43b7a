import type { Instant } from '../core/model/entities.ts';

/*
 * The answer outbox: for each inbox entry (one platform delivery), which messages of its answer went
 * out. Each message's attempt is marked before it is sent and confirmed after, so after a crash the
 * process that takes the entry again knows what was sent, what was not, and the one message whose
 * outcome is unknown because the crash fell between its mark and its confirmation.
 */

/** What earlier attempts left for one message of an answer. */
export type AnswerSlot =
  /** Confirmed sent: never send it again. */
  | { state: 'sent' }
  /** An attempt began at `since` and was never confirmed: it may or may not be out there. */
  | { state: 'unconfirmed'; since: Instant }
  /** Never attempted; this attempt is now marked. */
  | { state: 'new' };

export type AnswerOutbox = {
  /** The entry's answer is owed; written in the command's transaction. Writing it again changes nothing. */
  owe(id: string, at: Instant): Promise<void>;
  /** Before sending message `part` (0, 1, ... in order) of entry `id`'s answer: see AnswerSlot. */
  begin(id: string, part: number, at: Instant): Promise<AnswerSlot>;
  /** Message `part` went out (or was found out there, or is taken as out): it is never sent again. */
  confirm(id: string, part: number): Promise<void>;
};
