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
  return message;
}
