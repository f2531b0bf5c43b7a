import { z } from 'zod';
import type { Mention } from '../../src/core/commands/context.ts';
import type { IncomingMessage } from '../../src/core/handle-message.ts';
import type { DocumentFile } from '../../src/ports/documents.ts';
import type { TeamsConversationKind } from '../../src/ports/teams-conversations.ts';

/*
 * Activity -> the platform-neutral message the core handles. Only the fields rectrack reads are
 * parsed (zod strips the rest), so this file needs no SDK type and can be tested with plain JSON.
 * Field meanings: https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/conversation-messages
 */

const account = z.object({
  id: z.string(),
  name: z.string().optional(),
  aadObjectId: z.string().optional(),
});

/** A conversation as activities and stored references both carry it. */
export const conversationSchema = z.object({
  id: z.string(),
  conversationType: z.string().optional(),
  tenantId: z.string().optional(),
  isGroup: z.boolean().optional(),
  name: z.string().optional(),
});

const activitySchema = z.object({
  type: z.string(),
  id: z.string().optional(),
  name: z.string().optional(),
  text: z.string().optional(),
  replyToId: z.string().optional(),
  action: z.string().optional(),
  serviceUrl: z.string().optional(),
  from: account,
  recipient: account,
  conversation: conversationSchema,

  channelData: z
    .object({
      tenant: z.object({ id: z.string() }).optional(),
      team: z.object({ id: z.string().optional(), name: z.string().optional() }).optional(),
      channel: z.object({ id: z.string().optional(), name: z.string().optional() }).optional(),
      eventType: z.string().optional(),
    })
    .optional(),
  entities: z
    .array(z.object({ type: z.string(), text: z.string().optional(), mentioned: account.optional() }))
    .optional(),
  attachments: z
    .array(
      z.object({
        contentType: z.string(),
        name: z.string().optional(),
        contentUrl: z.string().optional(),
        content: z.unknown().optional(),
      }),
    )
    .optional(),
  value: z.unknown().optional(),
  membersAdded: z.array(account).optional(),
  membersRemoved: z.array(account).optional(),
});

export type TeamsActivity = z.infer<typeof activitySchema>;

/** The activity's facts, or undefined for something that is not a Teams activity we can read. */
export function readActivity(activity: unknown): TeamsActivity | undefined {
  const parsed = activitySchema.safeParse(activity);
  return parsed.success ? parsed.data : undefined;
}

/** The workspace: the Entra tenant the conversation belongs to. */
export function tenantOf(activity: TeamsActivity): string | undefined {
  return activity.channelData?.tenant?.id ?? activity.conversation.tenantId;
}

export function kindOf(activity: TeamsActivity): TeamsConversationKind {
  const type = activity.conversation.conversationType;
  if (type === 'personal' || type === 'channel' || type === 'groupChat') return type;
  return activity.conversation.isGroup ? 'groupChat' : 'personal';
}

/** A channel message's conversation id names its thread (`…;messageid=…`); the channel is before it. */
export function baseConversationId(id: string): string {
  return id.split(';')[0] ?? id;
}

/** The team a channel belongs to (its General channel's thread id), if any. */
export function teamOf(activity: TeamsActivity): string | null {
  return activity.channelData?.team?.id ?? null;
}

/** The person acting: their Entra object id is the member; the 29:… id is only valid for this bot. */
export function actorOf(activity: TeamsActivity): { externalId: string; displayName: string } {
  return {
    externalId: activity.from.aadObjectId ?? activity.from.id,
    displayName: activity.from.name?.trim() || 'Teams user',
  };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A mention of someone other than the bot: who, and the `<at>…</at>` text it occupies. */
export type UserMention = { id: string; aadObjectId: string | undefined; name: string; text: string };

/**
 * Mentions of people other than the bot, in order. Teams gives the mentioned user's 29:… id (and
 * sometimes their Entra object id); the 29:… ids must be looked up before the core can use them.
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/channel-and-group-conversations#retrieve-mentions
 */
export function userMentions(activity: TeamsActivity): UserMention[] {
  return (activity.entities ?? []).flatMap((entity) => {
    const mentioned = entity.mentioned;
    if (entity.type !== 'mention' || !mentioned || mentioned.id === activity.recipient.id) return [];
    const aadObjectId = mentioned.aadObjectId ?? (GUID.test(mentioned.id) ? mentioned.id : undefined);
    const name = mentioned.name ?? textOfAt(entity.text) ?? mentioned.id;
    return [{ id: mentioned.id, aadObjectId, name, text: entity.text ?? `<at>${name}</at>` }];
  });
}

function textOfAt(text: string | undefined): string | undefined {
  return text ? /^<at[^>]*>(.*)<\/at>$/s.exec(text)?.[1] : undefined;
}

/**
 * What the person typed, ready for the grammar: the bot's own mention removed (wherever it is),
 * other people's `<at>Name</at>` replaced by `<@entraId>` (the grammar's person syntax), and the
 * HTML entities Teams escapes decoded. `resolved` maps a 29:… id to the Entra object id looked up.
 */
export function commandText(activity: TeamsActivity, resolved: ReadonlyMap<string, string>): string {
  let text = (activity.text ?? '').replace(/\r\n?/g, '\n');
  for (const entity of activity.entities ?? []) {
    if (entity.type !== 'mention' || !entity.mentioned || !entity.text) continue;
    if (entity.mentioned.id === activity.recipient.id) {
      text = text.replace(entity.text, ' ');
      continue;
    }
    const id = entity.mentioned.aadObjectId ?? resolved.get(entity.mentioned.id) ?? entity.mentioned.id;
    text = text.replace(entity.text, `<@${id}>`);
  }
  // A mention without an entity (a team or tag, or one Teams sent without the entity) keeps its name.
  text = text.replace(/<at[^>]*>(.*?)<\/at>/gs, '$1');
  const lines = decodeEntities(text).split('\n');
  // A pasted document keeps its spacing: a table's columns and a wrapped line's indent are layout the
  // import reads, as Slack and the console pass it on. A one-line command is tidied for the grammar.
  const pasted = lines.filter((line) => line.trim() !== '').length > 1;
  return lines
    .map((line) =>
      pasted ? line.replace(/\u00a0/g, ' ').trimEnd() : line.replace(/[ \t\u00a0]+/g, ' ').trim(),
    )
    .join('\n')
    .trim();
}

/** The core's mentions for the people in the text: Entra id plus the name Teams showed. */
export function coreMentions(
  mentions: readonly UserMention[],
  resolved: ReadonlyMap<string, string>,
): Mention[] {
  const seen = new Set<string>();
  const out: Mention[] = [];
  for (const m of mentions) {
    const externalId = m.aadObjectId ?? resolved.get(m.id) ?? m.id;
    if (seen.has(externalId)) continue;
    seen.add(externalId);
    out.push({ externalId, displayName: m.name });
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return codePoint(Number.parseInt(name.slice(2), 16), whole);
    if (name.startsWith('#')) return codePoint(Number.parseInt(name.slice(1), 10), whole);
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function codePoint(n: number, fallback: string): string {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : fallback;
}

/** A file the person sent in the personal chat: Teams uploads it to their OneDrive and gives a link. */
export type FileLink = { name: string; downloadUrl: string };

const FILE_DOWNLOAD = 'application/vnd.microsoft.teams.file.download.info';
const fileContent = z.object({ downloadUrl: z.string() });

/** https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4#receive-files-in-personal-chat */
export function fileLinks(activity: TeamsActivity): FileLink[] {
  return (activity.attachments ?? []).flatMap((a) => {
    if (a.contentType !== FILE_DOWNLOAD) return [];
    const content = fileContent.safeParse(a.content);
    return content.success ? [{ name: a.name ?? 'document', downloadUrl: content.data.downloadUrl }] : [];
  });
}

/**
 * The message as the core takes it, plus the idempotency key. Written as an intersection so this
 * compiles whether or not IncomingMessage declares the key yet; once it does, this is the same type.
 */
export type TeamsIncoming = IncomingMessage & { idempotencyKey?: string };

export type TranslateInput = {
  tenantId: string;
  activity: TeamsActivity;
  text: string;
  mentions: readonly Mention[];
  key?: string;
  files?: DocumentFile[];
};

export function toIncoming(input: TranslateInput): TeamsIncoming {
  const message: TeamsIncoming = {
    platform: 'teams',
    workspace: { externalId: input.tenantId, name: 'Microsoft Teams' },
    actor: actorOf(input.activity),
    text: input.text,
    mentions: input.mentions,
  };
  if (input.key) message.idempotencyKey = input.key;
  if (input.files && input.files.length > 0) message.files = input.files;
  const channel = channelOf(input.activity);
  if (channel) message.channel = channel;
  return message;
}

/**
 * Where a channel or group chat message was posted, for a digest subscription: the conversation
 * without the thread (`…;messageid=…`), so a digest is a new post in the channel. None in a personal
 * chat: digests go to channels, reminders to people.
 */
export function channelOf(
  activity: TeamsActivity,
): { address: { conversationId: string }; name?: string } | undefined {
  if (kindOf(activity) === 'personal') return undefined;
  const conversationId = baseConversationId(activity.conversation.id);
  const name = activity.channelData?.channel?.name ?? activity.conversation.name;
  return { address: { conversationId }, ...(name ? { name } : {}) };
}

/**
 * The delivery's key: Teams activity ids are unique within a conversation (message ids are
 * timestamps), so the conversation is part of it.
 */
export function deliveryKey(activity: TeamsActivity): string | undefined {
  return activity.id ? `teams:${activity.conversation.id}:${activity.id}` : undefined;
}
