import { type CoreDeps, handleMessage } from '../../src/core/handle-message.ts';
import type { DeliveryGuard } from '../../src/core/redelivery-guard.ts';
import { problem, type Reply } from '../../src/core/reply/reply.ts';
import type { Clock } from '../../src/ports/clock.ts';
import type { Logger } from '../../src/ports/logger.ts';
import type { TeamsConversationStore } from '../../src/ports/teams-conversations.ts';
import type { FileDownloadOptions } from './files.ts';
import { type TranslateInput, toIncoming } from './translate.ts';

/** Everything the turn handlers share; built once in app.ts. */
export type TeamsEnv = {
  deps: CoreDeps;
  logger: Logger;
  clock: Clock;
  guard: DeliveryGuard;
  conversations: TeamsConversationStore;
  files: FileDownloadOptions;
  /** Largest message in bytes (UTF-16); see render.ts. */
  maxMessageBytes: number;
};

export type RunInput = TranslateInput;

export const SORRY = 'Sorry, something went wrong on my side and nothing was changed. Please try again.';

/**
 * One grammar command for one Teams user. A bug is logged with context and answered with one polite
 * line, never a stack trace; user mistakes come back from the core as problem replies.
 */
export async function runCommand(env: TeamsEnv, input: RunInput): Promise<Reply> {
  const message = toIncoming({
    tenantId: input.tenantId,
    activity: input.activity,
    text: input.text,
    mentions: input.mentions,
    ...(input.key ? { key: input.key } : {}),
    ...(input.files ? { files: input.files } : {}),
  });
  try {
    return await handleMessage(env.deps, message);
  } catch (error) {
    env.logger.error('teams command failed', {
      tenant: input.tenantId,
      user: message.actor.externalId,
      text: input.text.slice(0, 200),
      error: error instanceof Error ? error.stack : String(error),
    });
    return problem('internal.error', SORRY);
  }
}
