import type { Clock } from '../ports/clock.ts';
import type { Logger } from '../ports/logger.ts';
import type { AnswerOutbox } from '../ports/outbox.ts';
import type { Instant } from './model/entities.ts';

/** Which message of which inbox entry's answer this is: the outbox row's id and the message's place. */
export type AnswerPart = { id: string; part: number };

/** One message of an answer, as the adapter sends it and, where the platform allows, finds it again. */
export type OnceMessage = {
  send(): Promise<void>;
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
 * sent: sent now; already: an earlier attempt sent it (confirmed, or found on the platform); assumed:
 * an earlier attempt's outcome is unknown and cannot be looked up, so it is taken as sent.
 */
export type OnceResult = 'sent' | 'already' | 'assumed';

/**
 * Sends one message of an answer at most once across crashes and redeliveries. The attempt is
 * marked before the send and confirmed right after it, so the only unknown is a crash inside the
 * send itself. Then the message is looked up where the platform allows it and sent only if missing;
 * a message that replaces its own first copy is simply sent again; anything else (a Slack
 * response_url, an ephemeral message, a Teams reply) is taken as delivered and not sent a second
 * time: the crash most likely fell while waiting for the platform's answer, after the message had
 * reached it, and the command's change is recorded either way (it is one command away). Logged, so
 * it can be counted.
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
      deps.logger.warn('answer outcome unknown after a crash; taken as delivered, not sent again', {
        entry: at.id,
        part: at.part,
        since: slot.since,
      });
      await deps.outbox.confirm(at.id, at.part);
      return 'assumed';
    }
  }
  await message.send();
  await deps.outbox.confirm(at.id, at.part);
  return 'sent';
}
