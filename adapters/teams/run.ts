import type { Reply } from '../../src/core/reply/reply.ts';
import type { TurnPipeline } from '../../src/core/turn.ts';
import type { Clock } from '../../src/ports/clock.ts';
import type { Logger } from '../../src/ports/logger.ts';
import type { TeamsConversationStore } from '../../src/ports/teams-conversations.ts';
import type { Downloads } from './downloads.ts';
import type { FileDownloadOptions } from './files.ts';
import { type TranslateInput, toIncoming } from './translate.ts';

/** Everything the turn handlers share; built once in app.ts. */
export type TeamsEnv = {
  logger: Logger;
  clock: Clock;
  turns: TurnPipeline;
  conversations: TeamsConversationStore;
  files: FileDownloadOptions;
  /** Largest message in bytes (UTF-16); see render.ts. */
  maxMessageBytes: number;
  /** Holds exported files: for file consent cards, and short-lived links with a public address (TEAMS_PUBLIC_URL). */
  downloads: Downloads;
};

/** `answerId`: the inbox entry the turn answers; the core owes its answer in the command's transaction. */
export type RunInput = TranslateInput & { answerId?: string; progress?: (line: string) => void };

/** One grammar command for one Teams user, through the turn pipeline (a bug comes back as a polite line). */
export async function runCommand(env: TeamsEnv, input: RunInput): Promise<Reply> {
  const message = toIncoming({
    tenantId: input.tenantId,
    activity: input.activity,
    text: input.text,
    mentions: input.mentions,
    ...(input.key ? { key: input.key } : {}),
    ...(input.files ? { files: input.files } : {}),
  });
  const answered = input.answerId ? { ...message, answerId: input.answerId } : message;
  const withProgress = input.progress ? { ...answered, progress: input.progress } : answered;
  return env.turns.answer(withProgress, { conversation: input.activity.conversation.id });
}
