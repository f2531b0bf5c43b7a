import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReply as renderSlack } from '../../adapters/slack/render.ts';
import { MAX_MESSAGE_BYTES, renderReply as renderTeams, utf16Bytes } from '../../adapters/teams/render.ts';
import type { Reply } from '../../src/core/reply/reply.ts';
import { cardProblems } from '../support/adaptive-card-rules.ts';
import { messageProblems } from '../support/block-kit-rules.ts';
import { type Harness, openHarness } from '../support/core-harness.ts';

const ITEMS = 80;
const TEAMS = ['Safeguarding and Investigations', 'Finance', 'Contact Management and Control Room'];
const refs = Array.from({ length: ITEMS }, (_, i) => `BIG24-${i + 1}`);

/**
 * A committee's report of 80 items, built through the core on SQLite, read a page of 25 at a time with
 * its More button, and rendered for Slack and Teams: within Block Kit's and Adaptive Cards' rules, every
 * item once over the pages, with its status, owner, team, due date and slippage.
 */
describe('an 80-item report view on each platform', () => {
  let h: Harness;
  let pages: Reply[];
  beforeAll(async () => {
    h = await openHarness('sqlite');
    await h.say('alice', 'report new "Force management review" key BIG24 published 1 February 2024');
    for (let n = 1; n <= ITEMS; n++) {
      const text = `By 30 September 2024, the force should review how it manages area ${n} and report to the panel on every finding and action`;
      await h.say('alice', `add BIG24 "${text}" due ${(n % 28) + 1} September 2024`);
      await h.say('alice', `assign BIG24-${n} @owner${n % 7} team ${TEAMS[n % TEAMS.length]}`);
      if (n % 4 === 0) await h.say('alice', `BIG24-${n} due 31 December 2024 because the supplier slipped`);
      if (n % 5 === 0) await h.say('alice', `BIG24-${n} blocked: waiting for the national product`);
    }
    // Each page's More button sends the next page's command, until the last page has none.
    pages = [await h.say('alice', 'report BIG24')];
    for (let next = more(pages[0]); next !== undefined; next = more(pages.at(-1))) {
      pages.push(await h.say('alice', next));
    }
  });
  afterAll(() => h.close());

  function more(reply: Reply | undefined): string | undefined {
    const choices = reply?.blocks.flatMap((b) => (b.type === 'choices' ? b.choices : [])) ?? [];
    return choices.find((c) => c.label.startsWith('More'))?.command;
  }

  it('pages the report 25 items at a time, saying where each page is', () => {
    expect(pages.map((p) => p.blocks.flatMap((b) => (b.type === 'items' ? b.items : [])).length)).toEqual([
      25, 25, 25, 5,
    ]);
    expect(more(pages[0])).toBe('report BIG24 page 2');
    const texts = (reply: Reply | undefined) =>
      reply?.blocks.flatMap((b) => (b.type === 'text' ? [b.text] : [])) ?? [];
    expect(texts(pages[0])).toContain('Items 1–25 of 80. The next 25: report BIG24 page 2');
    expect(texts(pages[3])).toContain('Items 76–80 of 80, the last page.');
    expect(pages[3]?.text).toBe('BIG24: Force management review (0/80 done)');
  });

  it('builds every item with the facts a committee reads', () => {
    const lines = pages.flatMap((page) => page.blocks.flatMap((b) => (b.type === 'items' ? b.items : [])));
    expect(lines.map((l) => l.ref)).toEqual(refs);
    expect(lines[3]).toMatchObject({ team: TEAMS[1], slippage: 'slipped 117 days', status: 'not_started' });
    expect(lines[4]).toMatchObject({ team: TEAMS[2], slippage: 'on original date', status: 'blocked' });
  });

  it('fits one Slack message a page, within Block Kit rules, every item once with its facts', () => {
    const messages = pages.flatMap((page) => renderSlack(page, { shareCommand: 'report BIG24' }));
    expect(messages).toHaveLength(pages.length);
    for (const message of messages) expect(messageProblems(message)).toEqual([]);
    const all = JSON.stringify(messages);
    for (const ref of refs) expect(all.split(`*${ref}*`)).toHaveLength(2);
    expect(all).toContain('*BIG24-4* · not started · owner4 (Finance) · due 31 Dec 2024 · slipped 117 days');
    expect(all).toContain(
      '*BIG24-5* · blocked · owner5 (Contact Management and Control Room) · due 6 Sep 2024 · on original date',
    );
  });

  it('fits Adaptive Cards within the size limit and card rules, every item once with its facts', () => {
    // About 17 items a card under the size limit: at most two cards a page, each saying which part it is.
    const messages = pages.flatMap((page) => renderTeams(page, { personal: false }));
    expect(messages.length).toBeLessThanOrEqual(2 * pages.length);
    for (const message of messages) {
      expect(cardProblems(message.card)).toEqual([]);
      expect(utf16Bytes(message.card)).toBeLessThan(MAX_MESSAGE_BYTES);
    }
    const all = JSON.stringify(messages.map((m) => m.card));
    for (const ref of refs) expect(all.split(`"text":"${ref}"`)).toHaveLength(2);
    expect(all).toContain('"text":"  not started · owner4 (Finance) · due 31 Dec 2024 · slipped 117 days"');
  });
});
