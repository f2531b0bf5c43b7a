import { describe, expect, it } from 'vitest';
import { renderReply as renderSlack, markedRepeat as slackRepeat } from '../../adapters/slack/render.ts';
import { renderReply as renderTeams } from '../../adapters/teams/render.ts';
import { markedRepeat as teamsRepeat, toActivity } from '../../adapters/teams/reply-sender.ts';
import { REPEAT_NOTE } from '../../src/core/answer-once.ts';
import { success } from '../../src/core/reply/reply.ts';
import { cardProblems } from '../support/adaptive-card-rules.ts';
import { messageProblems } from '../support/block-kit-rules.ts';

/*
 * An answer sent again after a crash (src/core/answer-once.ts) says first that it may be a repeat,
 * and stays a message each platform accepts.
 */
const reply = success('Noted on BURST-1.');

describe('an answer sent again after a crash', () => {
  it('on Slack: the note comes first, in the blocks and the notification text', () => {
    const [message] = renderSlack(reply);
    if (!message) throw new Error('nothing rendered');
    const marked = slackRepeat(message);
    expect(marked.text.startsWith(REPEAT_NOTE)).toBe(true);
    expect(JSON.stringify(marked.blocks[0])).toContain(REPEAT_NOTE);
    expect(marked.blocks.slice(1)).toEqual(message.blocks);
    expect(messageProblems({ text: marked.text, blocks: marked.blocks })).toEqual([]);
  });

  it('on Teams: the note is the card body first line', () => {
    const [message] = renderTeams(reply, { personal: true });
    if (!message) throw new Error('nothing rendered');
    const marked = teamsRepeat(toActivity(message));
    const card = marked.attachments?.[0]?.content as { body: unknown[] };
    expect(JSON.stringify(card.body[0])).toContain(REPEAT_NOTE);
    expect(card.body.slice(1)).toEqual(message.card.body);
    expect(cardProblems(card)).toEqual([]);
  });
});
