import { TurnContext } from 'botbuilder';
import { info, type Reply } from '../../src/core/reply/reply.ts';
import type { TeamsConversationRecord } from '../../src/ports/teams-conversations.ts';
import { renderReply } from './render.ts';
import { sendMessages } from './reply-sender.ts';
import type { TeamsEnv } from './run.ts';
import { baseConversationId, kindOf, type TeamsActivity, teamOf } from './translate.ts';

/*
 * Conversation references: stored when the app is installed (conversationUpdate with the bot among
 * membersAdded, installationUpdate `add`) and refreshed on every message, so digests and reminders can
 * reach the conversation later; removed on uninstall. Teams sends both events on install, so the
 * welcome goes out only when the reference is new.
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/subscribe-to-conversation-events
 */

export async function rememberConversation(
  env: TeamsEnv,
  context: TurnContext,
  activity: TeamsActivity,
  tenantId: string,
): Promise<'created' | 'updated' | undefined> {
  const kind = kindOf(activity);
  const conversationId = baseConversationId(activity.conversation.id);
  const reference = TurnContext.getConversationReference(context.activity);
  const record: TeamsConversationRecord = {
    tenantId,
    conversationId,
    kind,
    teamId: kind === 'channel' ? teamOf(activity) : null,
    userId: kind === 'personal' ? (activity.from.aadObjectId ?? null) : null,
    reference: JSON.stringify({
      ...reference,
      conversation: { ...reference.conversation, id: conversationId },
      // A reference is the conversation, not one message in it.
      activityId: undefined,
    }),
    updatedAt: env.clock.now().toISOString(),
  };
  try {
    return await env.conversations.save(record);
  } catch (error) {
    env.logger.error('teams conversation reference not saved', {
      tenant: tenantId,
      conversation: conversationId,
      error: error instanceof Error ? error.message : String(error),
    });
    return undefined;
  }
}

/** The bot was added: keep the reference and, the first time, say hello and how to start. */
export async function onInstalled(
  env: TeamsEnv,
  context: TurnContext,
  activity: TeamsActivity,
  tenantId: string,
): Promise<void> {
  const saved = await rememberConversation(env, context, activity, tenantId);
  if (saved !== 'created') return;
  env.logger.info('teams app installed', { tenant: tenantId, kind: kindOf(activity) });
  const personal = kindOf(activity) === 'personal';
  await sendMessages(
    context,
    renderReply(welcome(activity), { personal, maxBytes: env.maxMessageBytes }),
    env.logger,
  );
}

/** The bot was removed: forget the conversation (and, for a team, every channel of it). */
export async function onUninstalled(env: TeamsEnv, activity: TeamsActivity, tenantId: string): Promise<void> {
  const conversationId = baseConversationId(activity.conversation.id);
  const team = teamOf(activity);
  if (kindOf(activity) === 'channel' && team) await env.conversations.deleteTeam(tenantId, team);
  await env.conversations.delete(tenantId, conversationId);
  env.logger.info('teams app removed', { tenant: tenantId, kind: kindOf(activity) });
}

export function welcome(activity: TeamsActivity): Reply {
  const start = [
    { label: 'Help', command: 'help' },
    { label: 'Reports', command: 'reports' },
    { label: 'My items', command: 'mine' },
  ];
  if (kindOf(activity) === 'personal') {
    return info(
      'Hi, I’m rectrack. I track inspection and audit recommendations until every one is done. ' +
        'Type help to see what I can do, or reports for the open reports. Send me a report document ' +
        '(.docx, .pdf, .txt) to import its recommendations.',
      [{ type: 'choices', choices: start }],
    );
  }
  return info(
    'Thanks for adding rectrack. I track inspection and audit recommendations until every one is done. ' +
      'Mention me to use me here, for example @rectrack reports or @rectrack help; in a personal chat ' +
      'with me you can also send a report document to import.',
    [{ type: 'choices', choices: start }],
  );
}
