import type { TurnContext } from 'botbuilder';
import type { Mention } from '../../src/core/commands/context.ts';
import type { Reply } from '../../src/core/reply/reply.ts';
import type { Press } from './actions.ts';
import { nameOf } from './people.ts';
import { chatLinkFor, itemCardRef, renderReply, type TeamsMessage } from './render.ts';
import { answeringIn } from './reply-sender.ts';
import { runCommand, type TeamsEnv } from './run.ts';
import { kindOf, type TeamsActivity } from './translate.ts';

/**
 * What a button press shows: `inPlace` replaces the card that was pressed (so it never shows stale
 * state), `after` goes out as new messages, `note` is a one-line answer when the card stays as it is.
 */
export type PressOutcome = { reply: Reply; inPlace?: TeamsMessage; after: TeamsMessage[]; note: string };

export type PressRequest = {
  activity: TeamsActivity;
  tenantId: string;
  press: Extract<Press, { ok: true }>;
  key: string | undefined;
};

/** Runs the pressed command and works out what the person should see, for Action.Execute and Action.Submit alike. */
export async function answerPress(
  env: TeamsEnv,
  context: TurnContext,
  input: PressRequest,
): Promise<PressOutcome> {
  const { activity, tenantId, press } = input;
  const options = {
    personal: kindOf(activity) === 'personal',
    maxBytes: env.maxMessageBytes,
    chatLink: chatLinkFor(activity.recipient.id),
  };
  const mentions: Mention[] = press.person
    ? [
        {
          externalId: press.person,
          displayName: (await nameOf(context, press.person, env.logger)) ?? 'a Teams user',
        },
      ]
    : [];
  const answerId = answeringIn(context)?.id;
  const reply = await runCommand(env, {
    tenantId,
    activity,
    text: press.text,
    ...(answerId ? { answerId } : {}),
    mentions,
    ...(input.key ? { key: input.key } : {}),
  });
  const note = reply.text.length <= 200 ? reply.text : `${reply.text.slice(0, 199)}…`;
  if (press.mode === 'replace') {
    const [first, ...rest] = renderReply(reply, options);
    return { reply, ...(first ? { inPlace: first } : {}), after: rest, note };
  }
  if (press.mode === 'card' && press.card) {
    // The item as it is now, so the card shows the new status, owner and latest update.
    const fresh = await runCommand(env, { tenantId, activity, text: press.card, mentions: [] });
    if (itemCardRef(fresh)) {
      const [first, ...rest] = renderReply(fresh, { ...options, banner: reply });
      // An answer with content of its own (a question, a history) also goes below, where it can be used.
      const own = reply.kind === 'info' || reply.kind === 'question' ? renderReply(reply, options) : [];
      return { reply, ...(first ? { inPlace: first } : {}), after: [...rest, ...own], note };
    }
    // The item is gone (its report deleted): the answer takes the card's place.
    const [first, ...rest] = renderReply(reply, options);
    return { reply, ...(first ? { inPlace: first } : {}), after: rest, note };
  }
  return { reply, after: renderReply(reply, options), note };
}
