import type { types } from '@slack/bolt';
import type { Reply } from '../../src/core/reply/reply.ts';
import { ACTION } from './actions-ids.ts';
import { renderBlocks } from './render.ts';

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
