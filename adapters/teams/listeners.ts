import { ActivityTypes, type TurnContext } from 'botbuilder';
import { info, problem } from '../../src/core/reply/reply.ts';
import { SORRY } from '../../src/core/turn.ts';
import { invokeData, readPress } from './actions.ts';
import { consentCards, FILE_CONSENT_INVOKE, onFileConsent } from './consent.ts';
import { downloadFiles } from './files.ts';
import { onInstalled, onUninstalled, rememberConversation } from './installations.ts';
import { answerPress } from './interactions.ts';
import { resolveMentions } from './people.ts';
import { chatLinkFor, renderDownloads, renderReply } from './render.ts';
import { answeringIn, sendActivities, sendMessages, updateMessage } from './reply-sender.ts';
import { runCommand, type TeamsEnv } from './run.ts';
import {
  commandText,
  coreMentions,
  deliveryKey,
  fileLinks,
  kindOf,
  readActivity,
  type TeamsActivity,
  tenantOf,
  userMentions,
} from './translate.ts';

const NOT_OURS = "That button isn't one of rectrack's, so I did nothing. Type help to see what I can do.";
const NO_TENANT =
  "I can't tell which Microsoft 365 organisation this message came from, so I can't answer it.";

/** The turn logic CloudAdapter runs for every activity: messages, button presses, installs. */
export function createTurnHandler(env: TeamsEnv): (context: TurnContext) => Promise<void> {
  return async (context) => {
    const activity = readActivity(context.activity);
    if (!activity) {
      env.logger.warn('teams activity not understood', { type: context.activity?.type });
      return;
    }
    try {
      await dispatch(env, context, activity);
    } catch (error) {
      // Caught once here: logged with context, answered politely, never a stack trace to the user.
      env.logger.error('teams turn failed', {
        type: activity.type,
        conversation: activity.conversation.id,
        error: error instanceof Error ? error.stack : String(error),
      });
      if (activity.type === ActivityTypes.Invoke) await respondToInvoke(context, message(SORRY));
    }
  };
}

async function dispatch(env: TeamsEnv, context: TurnContext, activity: TeamsActivity): Promise<void> {
  const tenantId = tenantOf(activity);
  if (!tenantId) {
    env.logger.warn('teams activity without a tenant', { type: activity.type });
    if (activity.type === ActivityTypes.Message) await context.sendActivity(NO_TENANT);
    if (activity.type === ActivityTypes.Invoke) await respondToInvoke(context, message(NO_TENANT));
    return;
  }
  const botId = activity.recipient.id;
  switch (activity.type) {
    case ActivityTypes.Message:
      return onMessage(env, context, activity, tenantId);
    case ActivityTypes.Invoke:
      if (activity.name === 'adaptiveCard/action') return onCardAction(env, context, activity, tenantId);
      if (activity.name === FILE_CONSENT_INVOKE) return onFileConsent(env, context, activity);
      return;
    case ActivityTypes.ConversationUpdate:
      if ((activity.membersAdded ?? []).some((m) => m.id === botId)) {
        return onInstalled(env, context, activity, tenantId);
      }
      if ((activity.membersRemoved ?? []).some((m) => m.id === botId)) {
        return onUninstalled(env, activity, tenantId);
      }
      return;
    case ActivityTypes.InstallationUpdate:
      if (activity.action?.startsWith('add')) return onInstalled(env, context, activity, tenantId);
      if (activity.action?.startsWith('remove')) return onUninstalled(env, activity, tenantId);
      return;
    default:
      return;
  }
}

/**
 * A message: the personal chat takes every message, a channel or group chat only @mentions (Teams
 * sends nothing else without resource-specific consent). A card's Action.Submit arrives here too.
 */
async function onMessage(env: TeamsEnv, context: TurnContext, activity: TeamsActivity, tenantId: string) {
  const key = deliveryKey(activity);
  if (key && !env.turns.firstDelivery(key)) return;
  await rememberConversation(env, context, activity, tenantId);
  const personal = kindOf(activity) === 'personal';
  const options = {
    personal,
    maxBytes: env.maxMessageBytes,
    chatLink: chatLinkFor(activity.recipient.id),
  };
  if (activity.value !== undefined && typeof activity.value === 'object' && activity.value !== null) {
    const press = readPress(activity.value);
    if (press?.ok) {
      const outcome = await answerPress(env, context, { activity, tenantId, press, key });
      const target = activity.replyToId;
      const updated =
        outcome.inPlace && target ? await updateMessage(context, target, outcome.inPlace, env.logger) : false;
      const after = outcome.inPlace && !updated ? [outcome.inPlace, ...outcome.after] : outcome.after;
      await sendMessages(context, after, env.logger);
      return;
    }
    if (press && !press.ok) {
      await sendMessages(context, renderReply(problem('card.input', press.message), options), env.logger);
      return;
    }
  }
  const mentions = userMentions(activity);
  const resolved = await resolveMentions(context, mentions, env.logger);
  let text = commandText(activity, resolved);
  const links = fileLinks(activity);
  const downloaded = links.length > 0 ? await downloadFiles(links, env.files) : undefined;
  if (downloaded && !downloaded.ok) {
    await sendMessages(
      context,
      renderReply(problem('file.download', downloaded.message), options),
      env.logger,
    );
    return;
  }
  if (text === '' && !downloaded) {
    if (activity.value !== undefined) {
      await sendMessages(context, renderReply(problem('card.unknown', NOT_OURS), options), env.logger);
      return;
    }
    // "@rectrack" on its own, or an empty message: show what it can do.
    text = 'help';
  }
  const answerId = answeringIn(context)?.id;
  const reply = await runCommand(env, {
    tenantId,
    activity,
    text,
    ...(answerId ? { answerId } : {}),
    mentions: coreMentions(mentions, resolved),
    ...(key ? { key } : {}),
    ...(downloaded?.ok ? { files: downloaded.files } : {}),
    // A slow answer (an export's files) says what it is making first.
    progress: (line) => void sendMessages(context, renderReply(info(line), options), env.logger),
  });
  await sendMessages(context, renderReply(reply, options), env.logger);
  if (reply.files && reply.files.length > 0) {
    // Only the personal chat can take a file from a bot; elsewhere the files are links.
    if (personal) await sendActivities(context, consentCards(env.downloads.hold(reply.files)), env.logger);
    else await sendMessages(context, [renderDownloads(env.downloads.offer(reply.files))], env.logger);
  }
}

/**
 * A Universal Action (Action.Execute). Teams waits for the HTTP answer and shows the card in it in
 * place of the pressed one; a press that changes nothing on the card answers with a message instead.
 * https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/work-with-universal-actions-for-adaptive-cards
 */
async function onCardAction(env: TeamsEnv, context: TurnContext, activity: TeamsActivity, tenantId: string) {
  const press = readPress(invokeData(activity.value));
  if (!press) return respondToInvoke(context, message(NOT_OURS));
  if (!press.ok) return respondToInvoke(context, message(press.message));
  await rememberConversation(env, context, activity, tenantId);
  // No delivery guard here: a repeated invoke must still be answered, and the core answers a repeated
  // key with the first reply without applying anything again.
  const outcome = await answerPress(env, context, { activity, tenantId, press, key: deliveryKey(activity) });
  await sendMessages(context, outcome.after, env.logger);
  await respondToInvoke(
    context,
    outcome.inPlace
      ? { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: outcome.inPlace.card }
      : message(outcome.note),
  );
}

type InvokeBody = { statusCode: number; type: string; value: unknown };

function message(text: string): InvokeBody {
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text };
}

/** The invoke's HTTP answer: CloudAdapter returns what the turn leaves as an `invokeResponse` activity. */
async function respondToInvoke(context: TurnContext, body: InvokeBody): Promise<void> {
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } });
}
