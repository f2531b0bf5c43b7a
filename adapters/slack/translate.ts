import type { Mention } from '../../src/core/commands/context.ts';
import type { IncomingMessage } from '../../src/core/handle-message.ts';
import type { DocumentFile } from '../../src/ports/documents.ts';
import type { Person } from './people.ts';

/**
 * The message as the core takes it, plus the two fields being added to IncomingMessage (the
 * idempotency key and uploaded files). Written as an intersection so this compiles before and after
 * they land; once they are on IncomingMessage this is the same type.
 */
export type SlackIncoming = IncomingMessage & { idempotencyKey?: string; files?: DocumentFile[] };

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
 * A workspace is a Slack team; inside an Enterprise Grid org the org id is part of the key, so two
 * orgs can never meet. An org-wide install acting outside any team (no team id) is the org itself.
 */
export function workspaceKey(teamId: string | undefined, enterpriseId: string | undefined): string {
  if (enterpriseId && teamId) return `${enterpriseId}:${teamId}`;
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
export function toIncoming(input: TranslateInput): SlackIncoming {
  const { who } = input;
  const message: SlackIncoming = {
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
