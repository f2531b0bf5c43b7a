import type { Context, webApi } from '@slack/bolt';
import type { Mention } from '../../src/core/commands/context.ts';
import type { CoreDeps } from '../../src/core/handle-message.ts';
import { problem, type Reply } from '../../src/core/reply/reply.ts';
import type { TurnPipeline } from '../../src/core/turn.ts';
import type { DocumentFile } from '../../src/ports/documents.ts';
import type { Logger } from '../../src/ports/logger.ts';
import type { UrlFetcher } from '../../src/ports/url-fetcher.ts';
import type { HomeRefresher } from './home.ts';
import type { People, Person } from './people.ts';
import { renderReply } from './render.ts';
import type { Answering, Destination, ReplySender } from './reply-sender.ts';
import {
  mentionedUserIds,
  type SlackConversation,
  type SlackWho,
  toIncoming,
  workspaceKey,
} from './translate.ts';

/** Everything the listeners share; built once in app.ts. */
export type SlackEnv = {
  deps: CoreDeps;
  logger: Logger;
  people: People;
  turns: TurnPipeline;
  replies: ReplySender;
  /** App Home, published again a moment after a change (coalesced, off the command's path). */
  home: HomeRefresher;
  /** Hosts besides Slack's that may receive the bot token (the SLACK_API_URL host). */
  trustedHosts: readonly string[];
  maxFileBytes: number;
  /** The guarded fetcher every file download goes through. */
  fetchUrl: UrlFetcher;
  sleep: (ms: number) => Promise<void>;
  onUninstall?: (query: {
    teamId?: string;
    enterpriseId?: string;
    isEnterpriseInstall: boolean;
  }) => Promise<void>;
};

/** A reply plus lines only an admin can act on (a missing scope, a rejected token). */
export type Outcome = { reply: Reply; notices: string[] };

export type RunInput = {
  client: webApi.WebClient;
  who: SlackWho;
  text: string;
  /** Slack's id for this delivery; repeats are dropped here and passed to the core. */
  key?: string;
  botUserId?: string;
  files?: DocumentFile[];
  /** Where it was said: a channel is what `digest weekly Monday 9am` subscribes. */
  conversation?: SlackConversation;
  /** Run it only if it only reads (IncomingMessage.readOnly). */
  readOnly?: boolean;
  /** The inbox entry this answers: the core owes its answer in the command's transaction. */
  answering?: Answering;
  /** Shows the core's progress line (IncomingMessage.progress). */
  progress?: (line: string) => void;
};

/**
 * The inbox entry a listener is answering, which the inbox hands Bolt as `context.answering`
 * (inbox.ts), ready to spread into a RunInput and a Destination. Nothing outside the inbox.
 */
export function answeringOf(context: Context): { answering?: Answering } {
  const value: unknown = context.answering;
  if (typeof value !== 'object' || value === null) return {};
  const { id, next } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof next === 'number' ? { answering: value as Answering } : {};
}

const OUTSIDE =
  "rectrack here works for this workspace's own people only, so I did nothing. " +
  'Ask someone in the workspace to post the update for you.';

/**
 * Slack Connect puts people from other organisations in shared channels, and their events arrive
 * under the host team. One workspace must never see or change another's data, so someone whose home
 * team is elsewhere (and not in the same Enterprise Grid org) is refused.
 * https://docs.slack.dev/apis/slack-connect/
 */
function isFromAnotherOrganisation(person: Person, who: SlackWho): boolean {
  if (person.teamId === null || who.teamId === undefined || person.teamId === who.teamId) return false;
  return !(person.enterpriseId !== null && person.enterpriseId === who.enterpriseId);
}

/**
 * One grammar command for one Slack user: names from users.info, the core, and a polite line for a
 * bug (logged with context, never shown). Undefined means a repeat delivery that was already handled.
 */
export async function runCommand(env: SlackEnv, input: RunInput): Promise<Outcome | undefined> {
  const { who, client } = input;
  const workspace = workspaceKey(who.teamId, who.enterpriseId);
  if (input.key && !env.turns.firstDelivery(`${workspace}/${input.key}`)) return undefined;
  const ids = mentionedUserIds(input.text).filter((id) => id !== input.botUserId);
  const actor = await env.people.lookup(client, workspace, who.userId, who.userName);
  if (isFromAnotherOrganisation(actor.person, who)) {
    return { reply: problem('workspace.outside_user', OUTSIDE), notices: [] };
  }
  const others = await Promise.all(ids.map((id) => env.people.lookup(client, workspace, id)));
  const mentions: Mention[] = ids.map((id, i) => ({
    externalId: id,
    displayName: others[i]?.person.displayName ?? id,
  }));
  const notices = [
    ...new Set([actor, ...others].flatMap((l) => (l.failure?.needsAdmin ? [l.failure.message] : []))),
  ];
  const message = toIncoming({
    who,
    actor: actor.person,
    text: input.text,
    mentions,
    ...(input.key ? { idempotencyKey: input.key } : {}),
    ...(input.files ? { files: input.files } : {}),
    ...(input.conversation ? { conversation: input.conversation } : {}),
    ...(input.readOnly ? { readOnly: true } : {}),
  });
  const answered = input.answering ? { ...message, answerId: input.answering.id } : message;
  const withProgress = input.progress ? { ...answered, progress: input.progress } : answered;
  return { reply: await env.turns.answer(withProgress), notices };
}

/** Renders and sends an outcome; a read-only answer outside a DM gets a "Share in channel" button. */
export async function sendOutcome(
  env: SlackEnv,
  client: webApi.WebClient,
  to: Destination,
  outcome: Outcome,
  share?: string,
): Promise<void> {
  const { reply } = outcome;
  const messages = renderReply(reply, {
    notices: outcome.notices,
    ...(share && reply.kind === 'info' && reply.readOnly ? { shareCommand: share } : {}),
  });
  await env.replies.deliver(client, to, messages);
}

/** Several replies (a modal's commands) as one: the first problem wins, successes are listed. */
export function combine(replies: readonly Reply[]): Reply {
  const failed = replies.find((r) => r.kind === 'problem');
  if (replies.length === 1 && replies[0]) return replies[0];
  const done = replies.filter((r) => r.kind === 'success').map((r) => r.text);
  if (failed) {
    // An import edit before the problem was applied; its answer was a preview, not a success line.
    const edited = replies.some((r) => r.form) ? ' The changes before it were applied: import preview' : '';
    const text = done.length > 0 ? `${done.join(' ')} But: ${failed.text}` : failed.text;
    return done.length > 0 || edited ? { ...failed, text: `${text}${edited}` } : failed;
  }
  // Import edits each answer with the whole preview; the last one shows what all of them did.
  const last = replies.at(-1);
  if (last?.form) return last;
  return {
    kind: 'success',
    text: done.join(' '),
    blocks: replies.flatMap((r) => r.blocks.filter((b) => b.type !== 'choices')),
  };
}
