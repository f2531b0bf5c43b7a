import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderReply as renderSlack } from '../../adapters/slack/render.ts';
import { renderReply as renderTeams } from '../../adapters/teams/render.ts';
import type { Reply } from '../../src/core/reply/reply.ts';
import { cardProblems } from '../support/adaptive-card-rules.ts';
import { messageProblems } from '../support/block-kit-rules.ts';
import { type Harness, openHarness } from '../support/core-harness.ts';

/* The longest replies search and several-item changes make, within Block Kit's and Adaptive Cards' rules. */

function expectWithinLimits(reply: Reply): void {
  for (const message of renderSlack(reply)) expect(messageProblems(message as never)).toEqual([]);
  for (const message of renderTeams(reply, { personal: true })) {
    expect(cardProblems(message.card as Record<string, unknown>)).toEqual([]);
  }
}

describe('several items and search, rendered', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness('sqlite');
    await h.say('alice', 'report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 s55');
    const long =
      'Chief Constables should make sure that every officer who searches a child records it. '.repeat(8);
    for (let n = 1; n <= 50; n++)
      await h.say('alice', `add OSAEC23 "${long} Case ${n}." due 31 December 2026`);
  });
  afterEach(() => h.close());

  it('renders fifty items each asked about, with fifty answers', async () => {
    const reply = await h.say(
      'alice',
      'yes, push OSAEC23 1-50 back to 30 June 2026 because of a long supplier delay',
    );
    expect(reply.blocks.flatMap((b) => (b.type === 'choices' ? b.choices : []))).toHaveLength(50);
    expectWithinLimits(reply);
  });

  it('renders a full page of search results cut to snippets', async () => {
    const reply = await h.say('alice', 'search officer searches child');
    expect(reply.text).toBe('50 items match officer searches child; the first 20 are shown.');
    expectWithinLimits(reply);
  });
});
