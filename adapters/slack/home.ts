import type { types, webApi } from '@slack/bolt';
import type { Reply } from '../../src/core/reply/reply.ts';
import type { Logger } from '../../src/ports/logger.ts';
import { ACTION } from './actions.ts';
import { describeSlackError, withRateLimitRetry } from './errors.ts';
import { renderBlocks } from './render.ts';
import { runCommand, type SlackEnv } from './run.ts';
import { type SlackWho, workspaceKey } from './translate.ts';

/** The commands whose answers make up the App Home tab, in order; all read-only. */
export const HOME_COMMANDS = ['mine', 'overdue', 'reports'] as const;

// A Home tab holds at most 100 blocks: https://docs.slack.dev/surfaces/app-home
const MAX_HOME_BLOCKS = 100;

/** The App Home tab: actions first, then my items, overdue items and open reports. */
export function homeView(answers: readonly Reply[]): types.HomeView {
  const blocks: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'rectrack', emoji: true } },
    {
      type: 'actions',
      block_id: 'rt_home_actions',
      elements: [
        {
          type: 'button',
          action_id: ACTION.openReport,
          text: { type: 'plain_text', text: 'Register a report', emoji: true },
          style: 'primary',
        },
        {
          type: 'button',
          action_id: `${ACTION.commandPrefix}home_help`,
          text: { type: 'plain_text', text: 'Help', emoji: true },
          value: 'help',
        },
      ],
    },
  ];
  const footer: types.KnownBlock = {
    type: 'context',
    elements: [
      { type: 'mrkdwn', text: 'Type `/recs help` anywhere, or message me here, for every command.' },
    ],
  };
  for (const answer of answers) {
    const section = renderBlocks(answer);
    if (blocks.length + 1 + section.length + 1 > MAX_HOME_BLOCKS) {
      blocks.push({
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: 'More than fits here: use `/recs mine`, `/recs overdue`, `/recs reports`.',
          },
        ],
      });
      break;
    }
    blocks.push({ type: 'divider' }, ...section);
  }
  blocks.push(footer);
  return { type: 'home', blocks: blocks.slice(0, MAX_HOME_BLOCKS) };
}

/** Publishes the person's App Home: their items, what is overdue, open reports. */
export async function publishHome(env: SlackEnv, client: webApi.WebClient, who: SlackWho): Promise<void> {
  const answers: Reply[] = [];
  for (const text of HOME_COMMANDS) {
    const outcome = await runCommand(env, { client, who, text });
    if (outcome) answers.push(outcome.reply);
  }
  try {
    await withRateLimitRetry(() => client.views.publish({ user_id: who.userId, view: homeView(answers) }), {
      retries: 2,
      maxWaitSeconds: 30,
      sleep: env.sleep,
    });
  } catch (error) {
    env.logger.warn('app home not published', { user: who.userId, code: describeSlackError(error).code });
  }
}

export type HomeRefresher = {
  /** Publishes the person's App Home once the window after this change closes; returns at once. */
  schedule(client: webApi.WebClient, who: SlackWho): void;
  /** Drops refreshes not yet run (the app is stopping). */
  cancel(): void;
};

/**
 * App Home after a change, kept off the command's path: the reply goes out first and the Home tab
 * follows `windowMs` later. Changes within that window (a modal's several commands, a burst of
 * clicks) share one refresh per person, which reads the state after all of them: publishing costs
 * three queries and a views.publish, rate limited by Slack (Tier 4). At most `concurrency` refreshes
 * run at once, whoever they are for, so a crowd making changes never takes the read connections
 * from the commands themselves; a person's changes made while their refresh waits join it.
 */
export function createHomeRefresher(options: {
  windowMs: number;
  publish: (client: webApi.WebClient, who: SlackWho) => Promise<void>;
  logger: Logger;
  concurrency?: number;
}): HomeRefresher {
  const concurrency = options.concurrency ?? 1;
  /** Waiting for its window or its turn, by person: a change then needs nothing more. */
  const pending = new Map<string, ReturnType<typeof setTimeout> | undefined>();
  const due: Array<{ key: string; client: webApi.WebClient; who: SlackWho }> = [];
  let running = 0;

  function next(): void {
    while (running < concurrency) {
      const refresh = due.shift();
      if (!refresh) return;
      pending.delete(refresh.key);
      running++;
      options
        .publish(refresh.client, refresh.who)
        .catch((error: unknown) => {
          options.logger.error('app home refresh failed', {
            user: refresh.who.userId,
            error: error instanceof Error ? error.stack : String(error),
          });
        })
        .finally(() => {
          running--;
          next();
        });
    }
  }

  return {
    schedule(client, who) {
      const key = `${workspaceKey(who.teamId, who.enterpriseId)}/${who.userId}`;
      if (pending.has(key)) return;
      const timer = setTimeout(() => {
        pending.set(key, undefined);
        due.push({ key, client, who });
        next();
      }, options.windowMs);
      // A refresh still waiting must not keep the process alive at shutdown.
      timer.unref();
      pending.set(key, timer);
    },
    cancel() {
      for (const timer of pending.values()) if (timer) clearTimeout(timer);
      pending.clear();
      due.length = 0;
    },
  };
}
