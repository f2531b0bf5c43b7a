import type { Clock } from '../ports/clock.ts';
import type { Logger } from '../ports/logger.ts';
import type { AnswerOutbox } from '../ports/outbox.ts';
import type { Instant } from './model/entities.ts';

/** Which message of which inbox entry's answer this is: the outbox row's id and the message's place. */
export type AnswerPart = { id: string; part: number };

/**
 * The line a message sent again after a crash carries, where the first copy may have reached the
 * person (its send was cut short and the platform offers no way to look for it).
 */
export const REPEAT_NOTE =
  'Sent again after a restart: if you already had this answer, nothing was done twice.';

/** One message of an answer, as the adapter sends it and, where the platform allows, finds it again. */
export type OnceMessage = {
  /** Sends it; `repeat`: with REPEAT_NOTE, as an earlier copy may have arrived. */
  send(repeat?: boolean): Promise<void>;
  /**
   * Looks for this message on the platform (Slack: by the message metadata it was posted with): true
   * when it is there, false when it is not, undefined when the platform cannot tell.
   */
  find?(since: Instant): Promise<boolean | undefined>;
  /** Sending it again replaces the first copy rather than adding one (Slack's replace_original). */
  replaces?: boolean;
};

export type OnceDeps = { outbox: AnswerOutbox; clock: Clock; logger: Logger };

/**
 * sent: sent now; already: an earlier attempt sent it (confirmed, or found on the platform); repeated:
 * an earlier attempt's outcome is unknown and cannot be looked up, so it was sent again, marked.
 */
export type OnceResult = 'sent' | 'already' | 'repeated';

/**
 * Sends one message of an answer once across crashes and redeliveries, and never leaves a command
 * unanswered. The attempt is marked before the send and confirmed right after it, so the only unknown
 * is a crash inside the send itself. Then the message is looked up where the platform allows it and
 * sent only if missing; a message that replaces its own first copy is simply sent again. Anything else
 * (a Slack response_url, an ephemeral message, a Teams reply) is sent again with REPEAT_NOTE: the crash
 * may have fallen before the message left (recording the attempt, opening the connection: tens of
 * milliseconds on a loaded machine, measured by test/e2e/postgres-instances-crash.test.ts), and a
 * person who hears nothing types the command again, a new delivery the request ledger cannot know,
 * so its change is made twice; a marked second copy changes nothing. Logged, so it can be counted.
 */
export async function sendOnce(deps: OnceDeps, at: AnswerPart, message: OnceMessage): Promise<OnceResult> {
  const slot = await deps.outbox.begin(at.id, at.part, deps.clock.now().toISOString());
  if (slot.state === 'sent') return 'already';
  if (slot.state === 'unconfirmed') {
    const found = message.find ? await message.find(slot.since) : undefined;
    if (found === true) {
      await deps.outbox.confirm(at.id, at.part);
      return 'already';
    }
    if (found === undefined && !message.replaces) {
      deps.logger.warn('answer outcome unknown after a crash; sent again, marked as a possible repeat', {
        entry: at.id,
        part: at.part,
        since: slot.since,
      });
      await message.send(true);
      await deps.outbox.confirm(at.id, at.part);
      return 'repeated';
    }
  }
  await message.send();
  await deps.outbox.confirm(at.id, at.part);
  return 'sent';
}
