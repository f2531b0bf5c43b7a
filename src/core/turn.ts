import type { Logger } from '../ports/logger.ts';
import { type CoreDeps, handleMessage, type IncomingMessage } from './handle-message.ts';
import { createDeliveryGuard } from './redelivery-guard.ts';
import { problem, type Reply } from './reply/reply.ts';
import { StoreBusyError } from './store-busy-error.ts';

export const SORRY = 'Sorry, something went wrong on my side and nothing was changed. Please try again.';
export const BUSY = 'rectrack is busy, please try again in a moment. Nothing was changed.';

/** Platforms redeliver within minutes (Slack after 3 seconds, Teams after 15); an hour covers any repeat. */
const GUARD_TTL_MS = 60 * 60 * 1000;
const GUARD_MAX_ENTRIES = 50_000;

/**
 * How many times a command from the inbox is tried while other writers keep the database busy, and
 * the pause between tries. Each try already runs the store's own retries (about 7 s on PostgreSQL),
 * so this waits about two minutes before answering "busy".
 */
const QUEUED_TRIES = 16;
const QUEUED_PAUSE_MS = 500;

/**
 * One turn, the same on every platform: a delivery this process already took on is dropped before
 * any work (`firstDelivery`), then each message of the turn goes to the core (`answer`), where a user
 * mistake is a problem reply and a bug is logged here, with context, and answered with one polite
 * line, never a stack trace; a database kept busy by other writers gets "busy, try again". Adapters keep only what is theirs: reading the payload and sending.
 */
export type TurnPipeline = {
  /** True the first time this process sees `delivery`; false for a redelivery, which is dropped. */
  firstDelivery(delivery: string): boolean;
  /** The core's answer to one message. `context` says where it came from, for the log. */
  answer(message: IncomingMessage, context?: Record<string, unknown>): Promise<Reply>;
};

export function createTurnPipeline(deps: CoreDeps, logger: Logger): TurnPipeline {
  const guard = createDeliveryGuard({
    clock: deps.clock,
    ttlMs: GUARD_TTL_MS,
    maxEntries: GUARD_MAX_ENTRIES,
  });
  return {
    firstDelivery(delivery) {
      if (guard.claim(delivery)) return true;
      logger.info('delivery repeated; already handled', { delivery });
      return false;
    },
    async answer(message, context = {}) {
      const progress = message.progress ? delayedProgress(message.progress) : undefined;
      try {
        return await handlePatiently(deps, progress ? { ...message, progress: progress.tell } : message);
      } catch (error) {
        // Not a bug: other writers held the database through every retry. Worth saying so.
        if (error instanceof StoreBusyError) {
          logger.warn(`${message.platform} command not run: the database is busy`, {
            ...context,
            workspace: message.workspace.externalId,
            reason: error.message,
          });
          return problem('store.busy', BUSY);
        }
        logger.error(`${message.platform} command failed`, {
          ...context,
          workspace: message.workspace.externalId,
          user: message.actor.externalId,
          text: message.text.slice(0, 200),
          error: error instanceof Error ? error.stack : String(error),
        });
        return problem('internal.error', SORRY);
      } finally {
        progress?.done();
      }
    },
  };
}

/**
 * handleMessage, run again while the database stays busy when the message is an inbox entry: that
 * command was acknowledged and written down, so rectrack owes it its change, and "busy, nothing was
 * changed" would break that promise (a burst of commands on one item across several instances keeps
 * serializable transactions colliding for seconds). Its lease is renewed meanwhile, so no other
 * instance takes it. Anything else (the console, a modal's submit) has someone waiting on the answer
 * and is told at once. A real timer, not the Clock: the pause is waiting, not the business date.
 */
async function handlePatiently(deps: CoreDeps, message: IncomingMessage): Promise<Reply> {
  for (let tries = 1; ; tries++) {
    try {
      return await handleMessage(deps, message);
    } catch (error) {
      const patient = message.answerId !== undefined && tries < QUEUED_TRIES;
      if (!(error instanceof StoreBusyError) || !patient) throw error;
      await new Promise((resolve) => setTimeout(resolve, QUEUED_PAUSE_MS * (0.5 + Math.random())));
    }
  }
}

/** A turn slower than this gets its progress line, so nobody wonders whether they were heard. */
export const PROGRESS_AFTER_MS = 1000;

/**
 * Passes the core's progress line on only once the turn has taken PROGRESS_AFTER_MS, counted from its
 * start (a line told later shows at once). A real timer, not the Clock: it measures how long the
 * person has been waiting, not the business date.
 */
function delayedProgress(show: (line: string) => void) {
  let line: string | undefined;
  let late = false;
  let finished = false;
  const flush = () => {
    if (late && line !== undefined && !finished) {
      finished = true;
      show(line);
    }
  };
  const timer = setTimeout(() => {
    late = true;
    flush();
  }, PROGRESS_AFTER_MS);
  return {
    tell(told: string) {
      line ??= told;
      flush();
    },
    done() {
      finished = true;
      clearTimeout(timer);
    },
  };
}
