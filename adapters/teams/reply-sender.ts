import { type Activity, ActivityTypes, type TurnContext } from 'botbuilder';
import { type OnceDeps, type OnceMessage, REPEAT_NOTE, sendOnce } from '../../src/core/answer-once.ts';
import type { Logger } from '../../src/ports/logger.ts';
import { CARD_CONTENT_TYPE } from './cards.ts';
import { describeTeamsError, type TeamsFailure } from './errors.ts';
import type { TeamsMessage } from './render.ts';

/**
 * The inbox entry a turn answers (inbox.ts puts it in the turn state): every message sent in the turn
 * is numbered, in order, and sent once across crashes (src/core/answer-once.ts).
 */
export type TeamsAnswering = { id: string; next: number; once: OnceDeps };

const ANSWERING = Symbol('rectrack.answering');

export function setAnswering(context: TurnContext, answering: TeamsAnswering): void {
  context.turnState.set(ANSWERING, answering);
}

export function answeringIn(context: TurnContext): TeamsAnswering | undefined {
  return context.turnState.get(ANSWERING) as TeamsAnswering | undefined;
}

/**
 * Sends one activity of the turn, once when the turn answers an inbox entry. Teams offers a bot no
 * way to look a message up, so one whose outcome a crash left unknown is sent again marked as a
 * possible repeat (`send(true)`), unless it `replaces` a message (an update puts the same card in
 * the same place again).
 */
export async function sendOnceIn(
  context: TurnContext,
  send: (repeat: boolean) => Promise<string | undefined>,
  replaces = false,
): Promise<string | undefined> {
  const answering = answeringIn(context);
  if (!answering) return send(false);
  let id: string | undefined;
  const message: OnceMessage = {
    send: async (repeat) => {
      id = await send(repeat === true);
    },
    replaces,
  };
  await sendOnce(answering.once, { id: answering.id, part: answering.next++ }, message);
  return id;
}

/** `ids`: the activity ids Teams gave the messages sent, in order. */
export type Delivery = { delivered: boolean; sent: number; ids: string[]; failure?: TeamsFailure };

export function toActivity(message: TeamsMessage): Partial<Activity> {
  return {
    type: ActivityTypes.Message,
    summary: message.summary,
    attachments: [{ contentType: CARD_CONTENT_TYPE, content: message.card }],
  };
}

/**
 * Sends messages in order within a turn. The connector's HTTP pipeline already waits out 429s as
 * Teams asks (Retry-After, up to three retries); what still fails is translated, logged and returned,
 * never thrown, so one refused message can't turn into an unanswered request.
 */
export async function sendMessages(
  context: TurnContext,
  messages: readonly TeamsMessage[],
  logger: Logger,
): Promise<Delivery> {
  return sendActivities(context, messages.map(toActivity), logger);
}

/** sendMessages for activities that are not one Adaptive Card (file consent and file info cards). */
export async function sendActivities(
  context: TurnContext,
  activities: readonly Partial<Activity>[],
  logger: Logger,
): Promise<Delivery> {
  let sent = 0;
  const ids: string[] = [];
  try {
    for (const activity of activities) {
      const id = await sendOnceIn(
        context,
        async (repeat) => (await context.sendActivity(repeat ? markedRepeat(activity) : activity))?.id,
      );
      ids.push(id ?? '');
      sent++;
    }
    return { delivered: true, sent, ids };
  } catch (error) {
    const failure = logFailure(
      logger,
      'teams message not sent',
      error,
      context.activity.conversation?.id,
      sent,
    );
    return { delivered: false, sent, ids, failure };
  }
}

/**
 * An activity sent again after a crash, with REPEAT_NOTE above its card (or its text): the first copy
 * may have reached the chat.
 */
export function markedRepeat(activity: Partial<Activity>): Partial<Activity> {
  const note = { type: 'TextBlock', text: REPEAT_NOTE, wrap: true, isSubtle: true, size: 'Small' };
  const [first, ...rest] = activity.attachments ?? [];
  const card = first?.contentType === CARD_CONTENT_TYPE ? (first.content as { body?: unknown }) : undefined;
  if (first && card && Array.isArray(card.body)) {
    return {
      ...activity,
      attachments: [{ ...first, content: { ...card, body: [note, ...card.body] } }, ...rest],
    };
  }
  return { ...activity, text: activity.text ? `${REPEAT_NOTE}\n\n${activity.text}` : REPEAT_NOTE };
}

/** Replaces a message the bot sent earlier (a card whose Action.Submit was pressed). */
export async function updateMessage(
  context: TurnContext,
  activityId: string,
  message: TeamsMessage,
  logger: Logger,
): Promise<boolean> {
  try {
    await sendOnceIn(
      context,
      async () => {
        await context.updateActivity({
          ...toActivity(message),
          id: activityId,
          conversation: context.activity.conversation,
        });
        return activityId;
      },
      true,
    );
    return true;
  } catch (error) {
    logFailure(logger, 'teams card not updated', error, context.activity.conversation?.id, 0);
    return false;
  }
}

export function logFailure(
  logger: Logger,
  what: string,
  error: unknown,
  conversation: string | undefined,
  sent: number,
): TeamsFailure {
  const failure = describeTeamsError(error);
  const fields = {
    code: failure.code,
    status: failure.status,
    detail: failure.detail,
    conversation,
    sent,
    reason: failure.message,
  };
  // A 403 means rectrack can't post there (removed, blocked): worth an error, someone must act.
  if (failure.code === 'forbidden' || failure.code === 'unauthorized' || failure.code === 'unknown') {
    logger.error(what, fields);
  } else {
    logger.warn(what, fields);
  }
  return failure;
}
