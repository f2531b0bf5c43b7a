import type { Mention } from '../../src/core/commands/context.ts';
import type { IncomingMessage } from '../../src/core/handle-message.ts';
import type { DocumentFile } from '../../src/ports/documents.ts';
import type { Person } from './people.ts';

/** Where a Slack payload came from: its team (and Enterprise Grid org) and who acted. */
export type SlackWho = {
  teamId: string | undefined;
  enterpriseId: string | undefined;
  /** The team's domain when the payload carries it (commands and interactions do, events don't). */
  teamName?: string;
  userId: string;
  /** The user's handle from the payload: a fallback when users.info can't be read. */
  userName?: string;
};

/**
 * A workspace is a Slack team. Team ids are unique across Slack, and a team keeps its id when it
 * joins an Enterprise Grid org, so the enterprise id stays out of the key: the team's data must not
 * split in two on the day it joins. An org-wide install acting outside any team is the org itself.
 */
export function workspaceKey(teamId: string | undefined, enterpriseId: string | undefined): string {
  return teamId ?? enterpriseId ?? 'unknown';
}

/**
 * Where a digest subscription points (IncomingMessage.channel.address), stored as JSON and handed back
 * to the proactive messenger: the team and the conversation's id. Ids, not names: a channel keeps its
 * id when renamed.
 */
export type SlackChannelAddress = { platform: 'slack'; team: string; channel: string };

/** The conversation a command or mention came from: its id, and its name when the payload has one. */
export type SlackConversation = { id: string; name?: string };

// Slash commands name the conversation `directmessage` in a DM and `privategroup` in some private
// channels, which is no name to show. https://docs.slack.dev/interactivity/implementing-slash-commands
const NOT_NAMES = new Set(['directmessage', 'privategroup']);

/**
 * The channel a message was posted in, for digests; none in a direct message (ids starting with D),
 * where rectrack answers one person and a digest would have no audience.
 */
export function channelOf(
  teamId: string | undefined,
  conversation: SlackConversation | undefined,
): IncomingMessage['channel'] {
  if (!teamId || !conversation || !/^[CG][A-Z0-9]+$/.test(conversation.id)) return undefined;
  const address: SlackChannelAddress = { platform: 'slack', team: teamId, channel: conversation.id };
  const name = conversation.name?.trim();
  return { address, ...(name && !NOT_NAMES.has(name) ? { name } : {}) };
}

const USER_MENTION = /<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g;

/** Every user mentioned as `<@U…>` (or `<@W…>` in Enterprise Grid), each once, in order. */
export function mentionedUserIds(text: string): string[] {
  return [...new Set([...text.matchAll(USER_MENTION)].map((m) => m[1] ?? ''))].filter((id) => id !== '');
}

/** Drops the bot's own mention, wherever it is ("@rectrack mine" and "mine, @rectrack"). */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  if (!botUserId) return text.replace(/^\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>[\s,:]*/, '');
  const own = new RegExp(`<@${botUserId}(?:\\|[^>]*)?>[\\s,:]*`, 'g');
  return text.replace(own, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Slack's message markup back to what the user typed: links and channel names unwrapped, `&amp;`
 * `&lt;` `&gt;` unescaped. User mentions stay as `<@U…>`, which the grammar reads as a person.
 * https://docs.slack.dev/messaging/formatting-message-text#escaping
 */
export function plainText(text: string): string {
  return text
    .replace(/<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g, '<@$1>')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/g, (_m, label: string | undefined) => label ?? '@team')
    .replace(/<!([a-z]+)(?:\|[^>]*)?>/g, '@$1')
    .replace(/<mailto:([^|>]+)(?:\|[^>]*)?>/g, '$1')
    .replace(/<((?:https?|ftp):[^|>]+)(?:\|[^>]*)?>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export type TranslateInput = {
  who: SlackWho;
  actor: Person;
  text: string;
  mentions: readonly Mention[];
  idempotencyKey?: string;
  files?: DocumentFile[];
  /** The conversation it was said in; a channel becomes IncomingMessage.channel. */
  conversation?: SlackConversation;
  readOnly?: boolean;
};

/** Payload facts -> the platform-neutral message the core handles. */
export function toIncoming(input: TranslateInput): IncomingMessage {
  const { who } = input;
  const message: IncomingMessage = {
    platform: 'slack',
    workspace: {
      externalId: workspaceKey(who.teamId, who.enterpriseId),
      name: who.teamName ?? who.teamId ?? 'Slack workspace',
    },
    actor: {
      externalId: who.userId,
      displayName: input.actor.displayName,
      platformAdmin: input.actor.platformAdmin,
    },
    text: input.text,
    mentions: input.mentions,
  };
  if (input.idempotencyKey) message.idempotencyKey = input.idempotencyKey;
  if (input.files && input.files.length > 0) message.files = input.files;
  if (input.readOnly) message.readOnly = true;
  const channel = channelOf(who.teamId, input.conversation);
  if (channel) message.channel = channel;
  return message;
}
